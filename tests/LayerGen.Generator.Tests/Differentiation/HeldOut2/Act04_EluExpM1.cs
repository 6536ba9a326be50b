// ELU with alpha = 1 using expm1 for accuracy near zero, like NumPy's `np.where(x > 0, x, alpha * np.expm1(x))`.
// Re-creates: KelpNet's ELU forward loop, with double.ExpM1 in place of Exp - 1 (shape only; our own code).
// expect: gradient
using System;
using LayerGen;

namespace HeldOut2;

[DifferentiableLayer(6)]
public partial class EluExpM1
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        const double alpha = 1.0;
        for (int i = 0; i < x.Length; i++)
        {
            if (x[i] >= 0)
                y[i] = x[i];
            else
                y[i] = alpha * double.ExpM1(x[i]);
        }
    }
}
