package org.pathwise.lti.web;

import java.util.Map;
import org.pathwise.lti.core.AutoPostForm;
import org.pathwise.lti.core.login.LoginRedirect;
import org.pathwise.lti.core.login.LoginSettings;

/**
 * Pages for the LTI client-side storage (lti-cs-oidc / lti-pm-s): at login, {@code lti.put_data} of the state into
 * the platform's storage frame before going to the authorization endpoint; at launch, {@code lti.get_data} and a
 * comparison in the browser before posting the id_token back. Canvas names the frame
 * {@code post_message_forwarding}; {@code _parent} means the parent window. If the platform does not answer within
 * two seconds, the page goes on and the state cookie (if the browser kept it) is checked instead. Messages go under
 * both the current subjects and the older draft's {@code org.imsglobal.lti.*} ones. Answers are taken
 * only from the platform's origin (that of its OIDC authorization endpoint) and with the message id sent.
 */
final class PlatformStoragePages {

    private PlatformStoragePages() {}

    static String putState(LoginRedirect redirect) {
        String origin = LoginSettings.origin(redirect.authorizationEndpoint()).orElse("*");
        String script = frameFinder(redirect.storageTarget().orElseThrow())
                + "var done=false;"
                + "function go(){if(!done){done=true;location.href=" + Html.js(redirect.location()) + ";}}"
                + "function store(){try{send('lti.put_data',{key:" + Html.js("state-" + redirect.state())
                + ",value:" + Html.js(redirect.state()) + "}," + Html.js(origin) + ");}catch(x){go();}"
                + "setTimeout(go,2000);}"
                + "window.addEventListener('message',function(e){var d=e.data||{};"
                + "if(capabilities(e,d,'lti.put_data',store,go)){return;}"
                + "if(" + Html.js(origin) + "!=='*'&&e.origin!==" + Html.js(origin) + "){return;}"
                + "if(answer(d,'lti.put_data')){go();}});"
                + "askCapabilities(store);";
        return Html.page(
                "Connecting to your learning platform…",
                "<p class=\"muted\">One moment.</p><script>" + script + "</script>");
    }

    /**
     * Reads the state from platform storage, compares it in the browser, then posts the launch back; says the launch
     * could not be verified when the value differs or the platform does not answer within five seconds. When the
     * platform's capabilities list no storage, posts the launch back marked {@code none}: the server then offers the
     * login in a new window, as without storage.
     */
    static String getState(String storageTarget, String platformOrigin, Map<String, String> launchFields) {
        String state = launchFields.get("state");
        String form = AutoPostForm.html("/lti/launch", launchFields, java.util.Optional.empty())
                .replace("<script>document.getElementById('autopost').submit();</script>", "");
        String script = frameFinder(storageTarget)
                + "var done=false;"
                + "function fail(){if(done){return;}done=true;"
                + "document.body.insertAdjacentHTML('beforeend','<p>This launch could not be verified. "
                + "Please go back and launch the activity again.</p>');}"
                + "function noStorage(){if(done){return;}done=true;"
                + "document.querySelector('input[name=" + StateBinding.CHECKED + "]').value='none';"
                + "document.getElementById('autopost').submit();}"
                + "function fetchState(){send('lti.get_data',{key:" + Html.js("state-" + state) + "},"
                + Html.js(platformOrigin) + ");setTimeout(fail,5000);}"
                + "window.addEventListener('message',function(e){var d=e.data||{};"
                + "if(capabilities(e,d,'lti.get_data',fetchState,noStorage)){return;}"
                + "if(" + Html.js(platformOrigin) + "!=='*'&&e.origin!==" + Html.js(platformOrigin) + "){return;}"
                + "if(!done&&answer(d,'lti.get_data')){done=true;"
                + "if(d.value===" + Html.js(state) + "){document.getElementById('autopost').submit();}"
                + "else{done=false;fail();}}});"
                + "askCapabilities(fetchState);";
        return form.replace("</body>", "<script>" + script + "</script></body>");
    }

    /**
     * The storage frame ({@code target}); {@code send} posts a message under the current subject and the older draft's
     * {@code org.imsglobal.}-prefixed one (platforms answer the one they know); {@code answer} accepts a successful
     * response to either with this page's message id.
     *
     * <p>{@code askCapabilities} first asks the parent window for {@code lti.capabilities} (lti-pm-s): {@code
     * capabilities} reads its answer (from the parent, under either subject, with this page's message id) and calls
     * {@code use} when the platform lists the storage message — in the frame it names, if any — or {@code without}
     * when it lists no such message (the platform keeps nothing, so the page does not wait for it). A platform that
     * does not answer within a second (older drafts had no capabilities message) is tried directly.
     */
    private static String frameFinder(String storageTarget) {
        return "var id=Math.random().toString(36).slice(2),asked=false;"
                + "var name=" + Html.js(storageTarget) + ";"
                + "function frameOf(n){return n==='_parent'?window.parent:(window.parent.frames[n]||window.parent);}"
                + "var target=frameOf(name);"
                + "function send(subject,body,origin){['','org.imsglobal.'].forEach(function(p){"
                + "var m={subject:p+subject,message_id:id};for(var k in body){m[k]=body[k];}"
                + "target.postMessage(m,origin);});}"
                + "function answer(d,subject){return d.message_id===id&&!d.error"
                + "&&(d.subject===subject+'.response'||d.subject==='org.imsglobal.'+subject+'.response');}"
                + "function askCapabilities(use){['','org.imsglobal.'].forEach(function(p){"
                + "try{window.parent.postMessage({subject:p+'lti.capabilities',message_id:id},'*');}catch(x){}});"
                + "setTimeout(function(){if(!asked){asked=true;use();}},1000);}"
                + "function capabilities(e,d,subject,use,without){"
                + "if(e.source!==window.parent||d.message_id!==id||d.error||(d.subject!=='lti.capabilities.response'"
                + "&&d.subject!=='org.imsglobal.lti.capabilities.response')){return false;}"
                + "if(asked){return true;}asked=true;var found=null;(d.supported_messages||[]).forEach(function(m){"
                + "if(m&&(m.subject===subject||m.subject==='org.imsglobal.'+subject)){found=m;}});"
                + "if(found){if(found.frame){target=frameOf(found.frame);}use();}else{without();}return true;}";
    }
}
