// expect: error
// Exponential activation guarded by try/catch for an overflow that floating point never throws (a habit from
// integer code): exception handling is outside the differentiable subset. Expected: an LG11xx error at the try.
// Our own code.
using System;
using LayerGen;

[DifferentiableLayer(4)]
partial class ExpWithTryCatch
{
    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y)
    {
        for (int i = 0; i < x.Length; i++)
        {
            try //~ LG11
            {
                y[i] = MathF.Exp(MathF.Min(x[i], 10f));
            }
            catch (ArithmeticException)
            {
                y[i] = float.MaxValue;
            }
        }
    }
}
