// GELU, tanh approximation, double, with Math.Pow(v, 3) and a local const, as in the NumPy one-liner
// `0.5 * x * (1 + np.tanh(np.sqrt(2 / np.pi) * (x + 0.044715 * np.power(x, 3))))`.
// Re-creates: Karpathy llm.c gelu_forward (GELU_SCALING_FACTOR = sqrt(2/pi), cube = 0.044715 x^3).
// expect: gradient
using System;
using LayerGen;

namespace HeldOut;

[DifferentiableLayer(10)]
public partial class GeluTanhPow
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        const double Coefficient = 0.044715;
        for (int i = 0; i < x.Length; i++)
        {
            double v = x[i];
            double inner = Math.Sqrt(2.0 / Math.PI) * (v + Coefficient * Math.Pow(v, 3));
            y[i] = 0.5 * v * (1.0 + Math.Tanh(inner));
        }
    }
}
