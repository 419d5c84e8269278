// The follow page's live part: the hub pushes it (Server-Sent Events)
// whenever the visit changes; without JavaScript the page says to reload.
(function () {
	"use strict";
	var live = document.getElementById("live");
	if (!live || !window.EventSource) {
		return;
	}
	document.getElementById("live-note").hidden = false;
	var src = new EventSource(location.pathname + "/events");
	src.addEventListener("state", function (e) {
		live.innerHTML = e.data;
		var t = live.querySelector(".ticket");
		if (t && t.dataset.open === "false") {
			var form = document.getElementById("leave");
			if (form) {
				form.remove();
			}
			src.close();
		}
		if (t && t.classList.contains("called") && navigator.vibrate) {
			navigator.vibrate([300, 150, 300]);
		}
	});
})();
