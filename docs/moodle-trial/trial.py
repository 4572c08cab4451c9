"""
Optional, by hand: the Moodle trial of docs/install-moodle.md ("Tried on Moodle 4.1.10") in headless Chromium.
Not part of the test suite. Needs a running Moodle 4.1+ (with its cURL security relaxed when Pathwise runs on a
private host or port), a running Pathwise, chromium and chromedriver, Python 3 (standard library only).

  python3 trial.py --moodle http://localhost:8280 --admin-password '...' --pathwise http://localhost:8180 \
      --course-id 2 --student student1 --student-password '...' --pathway 'Golf for new players' --shots /tmp/shots

Steps: admin login; Manage tools › Add LTI Advantage with Pathwise's registration URL; Activate; tool shown in the
activity chooser; a new External tool activity in the course whose Select content picks the named pathway (make it
first in Pathwise: launch as teacher › Pathways); the student launches it and starts the pathway's next module;
the script then prints the student's grade row from the user report. Every step prints what it saw and saves a
screenshot. The course and the student must exist (Moodle's own pages or its PHP API).
"""
import argparse
import os
import time

import wd


def main():
    a = argparse.ArgumentParser()
    a.add_argument("--moodle", required=True)
    a.add_argument("--admin", default="admin")
    a.add_argument("--admin-password", required=True)
    a.add_argument("--pathwise", required=True)
    a.add_argument("--course-id", required=True)
    a.add_argument("--student", required=True)
    a.add_argument("--student-password", required=True)
    a.add_argument("--pathway", required=True, help="title of a pathway of the course, as the picker shows it")
    a.add_argument("--shots", default="shots")
    a.add_argument("--port", type=int, default=9581, help="chromedriver port")
    o = a.parse_args()
    os.makedirs(o.shots, exist_ok=True)
    m = o.moodle.rstrip("/")
    w = wd.WD(port=o.port)
    n = [0]

    def shot(name):
        n[0] += 1
        w.frame(None)
        w.shot(os.path.join(o.shots, "%02d-%s.png" % (n[0], name)))

    def login(user, password):
        w.frame(None)
        w.get(m + "/login/index.php")
        w.clear(w.find("#username"))
        w.type(w.find("#username"), user)
        w.type(w.find("#password"), password)
        w.click(w.find("#loginbtn"))
        time.sleep(2)
        print("logged in as", user, "->", w.url())

    def logout():
        w.frame(None)
        w.get(m + "/login/logout.php?sesskey=" + w.js("return M.cfg.sesskey"))
        time.sleep(2)

    try:
        login(o.admin, o.admin_password)
        w.get(m + "/mod/lti/toolconfigure.php")
        w.type(w.find("#tool-url"), o.pathwise.rstrip("/") + "/lti/register")
        w.click(w.find("#tool-create-button"))
        time.sleep(6)
        print("after registration:", w.js("return document.querySelector('#region-main').innerText")[-300:])
        shot("registered")
        w.click(w.xp("(//*[normalize-space(text())='Activate']/ancestor-or-self::*[self::a or self::button][1])[last()]"))
        time.sleep(3)
        shot("activated")
        type_id = w.js("var c=document.querySelectorAll('[data-type-id]'); return c.length ? c[c.length-1].getAttribute('data-type-id') : null")
        print("tool type id:", type_id)
        w.get(m + "/mod/lti/typessettings.php?action=update&id=%s&sesskey=%s" % (type_id, w.js("return M.cfg.sesskey")))
        w.js("var s=document.getElementById('id_lti_coursevisible'); s.value='2';")
        print("accept grades:", w.js("var s=document.getElementById('id_lti_acceptgrades'); return s.options[s.selectedIndex].text"))
        w.js("document.getElementById('id_submitbutton').click()")
        time.sleep(2)

        w.get(m + "/course/modedit.php?add=lti&course=%s&section=1&typeid=%s&return=0" % (o.course_id, type_id))
        time.sleep(3)
        w.click(w.find("#id_selectcontent"))
        time.sleep(6)
        w.frame(w.find("#contentitem-page-iframe"))
        print("picker:", w.js("return document.body.innerText")[:800])
        w.click(w.xp("//label[contains(., %s)]/input" % xpath_literal(o.pathway)))
        w.frame(None)
        shot("picker")
        w.frame(w.find("#contentitem-page-iframe"))
        w.click(w.find("button[type=submit]"))
        time.sleep(5)
        w.frame(None)
        print("placed:", w.js("return ['name','instructorcustomparameters','lineitemresourceid'].map(function(n){"
                              "var e=document.querySelector('[name='+n+']'); return n+'='+(e?e.value:'');}).join(' | ')"))
        shot("placed")
        w.js("document.getElementById('id_submitbutton').click()")
        time.sleep(6)
        view = w.url()
        print("activity:", view)
        logout()

        login(o.student, o.student_password)
        w.get(view.replace("&forceview=1", ""))
        time.sleep(6)
        w.frame(w.finds("iframe")[0])
        print("student lands on:", w.js("return location.pathname + location.search.replace(/s=[^&]+/, 's=…')"))
        print(w.js("var e=document.querySelector('main'); return (e||document.body).innerText")[:400])
        shot("student-launch")
        w.click(w.find("a.pw-start"))
        time.sleep(8)
        shot("student-module")
        w.frame(None)
        w.get(view.replace("&forceview=1", ""))
        time.sleep(8)
        w.get(m + "/grade/report/user/index.php?id=%s" % o.course_id)
        time.sleep(3)
        print("user report:", w.js("return document.querySelector('#region-main').innerText")[-600:])
        shot("student-grades")
    finally:
        w.quit()


def xpath_literal(s):
    if "'" not in s:
        return "'" + s + "'"
    return "concat('" + s.replace("'", "',\"'\",'") + "')"


if __name__ == "__main__":
    main()
