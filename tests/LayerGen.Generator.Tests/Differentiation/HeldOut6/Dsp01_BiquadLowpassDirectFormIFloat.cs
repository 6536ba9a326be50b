// expect: gradient
// A second-order low-pass (RBJ Audio EQ Cookbook coefficients, f0 = fs/8, Q = 1/√2) run over the row as a signal, in
// direct form I with the four state samples kept in locals, the way a C port of a biquad loop reads. Shape from the
// cookbook's formulas and common C biquad loops; our own code.
using System;
using LayerGen;

namespace HeldOut6;

[DifferentiableLayer(16)]
public partial class BiquadLowpassDirectFormIFloat
{
    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y)
    {
        float w0 = 2f * MathF.PI / 8f;
        float alpha = MathF.Sin(w0) / (2f * 0.70710678f);
        float cosw = MathF.Cos(w0);
        float a0 = 1f + alpha;
        float b0 = (1f - cosw) / 2f / a0, b1 = (1f - cosw) / a0, b2 = b0;
        float a1 = -2f * cosw / a0, a2 = (1f - alpha) / a0;

        float x1 = 0f, x2 = 0f, y1 = 0f, y2 = 0f;
        for (int n = 0; n < x.Length; n++)
        {
            float v = x[n];
            float outv = b0 * v + b1 * x1 + b2 * x2 - a1 * y1 - a2 * y2;
            x2 = x1;
            x1 = v;
            y2 = y1;
            y1 = outv;
            y[n] = outv;
        }
    }
}
