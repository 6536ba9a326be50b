// expect: gradient
// rows: no-large
// the exponential map sends a ±1000 half to a point with tanh(|v|) = 1 exactly, on the ball's boundary, where the distance is infinite
// Hyperbolic embeddings in the Poincaré ball (Nickel & Kiela 2017; Ganea et al. 2018): the two halves of the row,
// scaled by 0.3, are mapped onto the ball by exp₀(v) = tanh(|v|)·v/|v| (guarded at v = 0), and the output is their
// distance arcosh(1 + 2|u − w|²/((1 − |u|²)(1 − |w|²))) followed by the mapped points. Shape of geoopt/HGCN's PoincareBall
// manifold functions ported to a row, written from memory.
using System;
using LayerGen;

namespace HeldOut11;

[DifferentiableLayer(6, 7)]
public partial class PoincareExpMapDistance
{
    static void ExpMapZero(ReadOnlySpan<double> v, Span<double> point)
    {
        double norm = 0;
        for (int i = 0; i < v.Length; i++) norm += 0.09 * v[i] * v[i];
        norm = Math.Sqrt(norm);
        double factor = norm < 1e-12 ? 0.3 : 0.3 * Math.Tanh(norm) / norm;
        for (int i = 0; i < v.Length; i++) point[i] = factor * v[i];
    }

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        Span<double> u = y.Slice(1, 3);
        Span<double> w = y.Slice(4, 3);
        ExpMapZero(x[..3], u);
        ExpMapZero(x[3..], w);
        double uu = 0, ww = 0, diff = 0;
        for (int i = 0; i < 3; i++)
        {
            uu += u[i] * u[i];
            ww += w[i] * w[i];
            diff += (u[i] - w[i]) * (u[i] - w[i]);
        }
        y[0] = Math.Acosh(1 + 2 * diff / ((1 - uu) * (1 - ww)));
    }
}
