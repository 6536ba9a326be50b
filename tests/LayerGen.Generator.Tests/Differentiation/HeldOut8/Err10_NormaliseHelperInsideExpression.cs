// An L2-normalised copy of the row plus its log-norm, where the helper that normalises a buffer in place and returns
// the norm is called inside a larger expression (docs/custom-layers.md: a helper that writes a span must be the whole
// value of its statement, double s = Normalise(buffer);).
// Shape of: feature normalisation helpers in C# ML code (our own).
// expect: error
using System;
using LayerGen;

namespace HeldOut8;

[DifferentiableLayer(6, 7)]
public partial class NormaliseHelperInsideExpression
{
    static double Normalise(Span<double> v)
    {
        double sum = 0;
        for (int i = 0; i < v.Length; i++) sum += v[i] * v[i];
        double norm = Math.Sqrt(sum + 1e-12);
        for (int i = 0; i < v.Length; i++) v[i] /= norm;
        return norm;
    }

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        Span<double> buffer = stackalloc double[6];
        x.CopyTo(buffer);
        y[6] = 0.5 * Math.Log(Normalise(buffer)); //~ LG11
        buffer.CopyTo(y);
    }
}
