package ui

// queueDesign places the queue screen's parts on its design canvas; the
// slide scales it to the screen. Boxes are x, y, w, h in design pixels.
type queueDesign struct {
	w, h        float32
	note, clock box
	notePt      float32 // the connection-lost mark's type
	headPt      float32 // the column headings' type
	info        box
	numX, numW  float32 // the number column
	arrX, arrW  float32 // the arrow column
	roomX, room float32 // the room column
	headY       float32 // the column headings
	latestY     float32
	latestH     float32
	latestPt    float32
	rowsY, rowH float32
	rowPt       float32
	joinX       float32 // the join QR code: its square
	joinY       float32
	joinW       float32
}

type box struct{ x, y, w, h float32 }

// rowsW is the width of the panels behind the calls.
func (d queueDesign) rowsW() float32 { return d.roomX + d.room - d.numX }

// landscape is the 16:9 design (720p, 1080p, 4K): the calls on the left,
// the QR code in a column of its own on the right. At 1080p the latest
// call's capitals stand 145 px, 13 % of the height.
var landscape = queueDesign{
	w: 1920, h: 1080,
	note: box{40, 15, 1000, 80}, clock: box{1060, 15, 820, 80}, notePt: 30, headPt: 44,
	info: box{40, 990, 1840, 80},
	numX: 40, numW: 760, arrX: 800, arrW: 160, roomX: 960, room: 660,
	headY: 100, latestY: 175, latestH: 270, latestPt: 200,
	rowsY: 460, rowH: 86, rowPt: 72,
	joinX: 1650, joinY: 460, joinW: 240,
}

// portrait is the 9:16 design (1080×1920): the calls above, the QR code
// and the information line below.
var portrait = queueDesign{
	w: 1080, h: 1920,
	clock: box{40, 20, 1000, 80}, note: box{40, 110, 1000, 80}, notePt: 30, headPt: 38,
	info: box{40, 1790, 1000, 100},
	numX: 40, numW: 500, arrX: 540, arrW: 100, roomX: 640, room: 400,
	headY: 200, latestY: 280, latestH: 300, latestPt: 180,
	rowsY: 600, rowH: 110, rowPt: 84,
	joinX: 390, joinY: 1320, joinW: 300,
}
