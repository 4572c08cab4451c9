// The OpenAPI document of both WARs, served by Payara's MicroProfile OpenAPI at /openapi.
window.ui = SwaggerUIBundle({ url: '/openapi', dom_id: '#swagger-ui', deepLinking: true });
