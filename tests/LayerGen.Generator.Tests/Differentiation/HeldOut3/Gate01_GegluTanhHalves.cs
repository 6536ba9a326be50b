// expect: gradient
// GEGLU (Shazeer 2020, "GLU Variants Improve Transformer"): the row's first half is the value, the second half the
// gate through GELU's tanh form; 8 inputs, 4 outputs. Several declarators in one local declaration. Our own code.
using System;
using LayerGen;

[DifferentiableLayer(8, 4)]
partial class GegluTanh
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        int half = x.Length / 2;
        double c = Math.Sqrt(2.0 / Math.PI);
        for (int i = 0; i < half; i++)
        {
            double a = x[i], g = x[half + i];
            double gelu = 0.5 * g * (1.0 + Math.Tanh(c * (g + 0.044715 * g * g * g)));
            y[i] = a * gelu;
        }
    }
}
