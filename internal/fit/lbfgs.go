package fit

import "math"

// minimize finds a minimum of the smooth convex function f (value and
// gradient at x, the gradient written into g) from x, in place, by
// limited-memory BFGS with a backtracking line search. It stops when the
// gradient's largest component is below tol or after maxIter steps. It
// is deterministic: the same f and x give the same result.
func minimize(f func(x, g []float64) float64, x []float64, maxIter int, tol float64) {
	const m = 10 // remembered steps
	n := len(x)
	g := make([]float64, n)
	fx := f(x, g)
	var ss, ys [][]float64
	var rhos []float64
	d := make([]float64, n)
	xn := make([]float64, n)
	gn := make([]float64, n)
	alpha := make([]float64, m)
	for it := 0; it < maxIter && normInf(g) > tol; it++ {
		// d = -H g by the two-loop recursion
		copy(d, g)
		for k := len(ss) - 1; k >= 0; k-- {
			alpha[k] = rhos[k] * dot(ss[k], d)
			axpy(-alpha[k], ys[k], d)
		}
		if k := len(ss) - 1; k >= 0 {
			scale(dot(ss[k], ys[k])/dot(ys[k], ys[k]), d)
		}
		for k := range ss {
			b := rhos[k] * dot(ys[k], d)
			axpy(alpha[k]-b, ss[k], d)
		}
		scale(-1, d)
		slope := dot(g, d)
		if slope >= 0 { // not a descent direction: restart along -g
			copy(d, g)
			scale(-1, d)
			slope = -dot(g, g)
			ss, ys, rhos = ss[:0], ys[:0], rhos[:0]
		}
		step := 1.0
		if len(ss) == 0 {
			step = 1 / math.Max(1, math.Sqrt(-slope))
		}
		var fn float64
		for {
			copy(xn, x)
			axpy(step, d, xn)
			fn = f(xn, gn)
			if fn <= fx+1e-4*step*slope || step < 1e-12 {
				break
			}
			step /= 2
		}
		s := make([]float64, n)
		y := make([]float64, n)
		for i := range s {
			s[i], y[i] = xn[i]-x[i], gn[i]-g[i]
		}
		copy(x, xn)
		copy(g, gn)
		if fx-fn < 1e-12*math.Max(1, math.Abs(fx)) {
			break
		}
		fx = fn
		if sy := dot(s, y); sy > 1e-12 {
			if len(ss) == m {
				ss, ys, rhos = ss[1:], ys[1:], rhos[1:]
			}
			ss, ys, rhos = append(ss, s), append(ys, y), append(rhos, 1/sy)
		}
	}
}

func dot(a, b []float64) float64 {
	var s float64
	for i := range a {
		s += a[i] * b[i]
	}
	return s
}

// axpy: y += a x.
func axpy(a float64, x, y []float64) {
	for i := range x {
		y[i] += a * x[i]
	}
}

func scale(a float64, x []float64) {
	for i := range x {
		x[i] *= a
	}
}

func normInf(x []float64) float64 {
	var m float64
	for _, v := range x {
		m = math.Max(m, math.Abs(v))
	}
	return m
}
