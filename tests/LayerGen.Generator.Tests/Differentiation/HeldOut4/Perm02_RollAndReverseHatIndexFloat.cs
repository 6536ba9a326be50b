// Roll by 3 of a row plus half its reversal: y[(i + 3) mod n] = x[i] + ½·x[n − 1 − i] (torch.roll(x, 3) and
// torch.flip), the reversed read spelled with the from-end index x[^(i + 1)] and the write index a modulo.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut4;

[DifferentiableLayer(10)]
public partial class RollAndReverseHatIndexFloat
{
    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y)
    {
        const int Shift = 3;
        int n = x.Length;
        for (int i = 0; i < n; i++)
        {
            float reversed = x[^(i + 1)];
            y[(i + Shift) % n] = x[i] + 0.5f * reversed;
        }
    }
}
