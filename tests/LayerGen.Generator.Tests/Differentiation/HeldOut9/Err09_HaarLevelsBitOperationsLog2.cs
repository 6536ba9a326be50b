// Wavelets: a full Haar decomposition of the row, the number of levels taken as BitOperations.Log2 of its length —
// a call the subset does not evaluate (write the constant, or (int)Math.Log2(n)).
// Shape: a C# port of pywt.wavedec(x, 'haar') with the level count from System.Numerics.BitOperations.
// expect: error
using System;
using System.Numerics;
using LayerGen;

namespace HeldOut9;

[DifferentiableLayer(16)]
public partial class HaarLevelsBitOperationsLog2
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        int n = x.Length;
        int levels = BitOperations.Log2((uint)n); //~ LG11
        Span<double> work = stackalloc double[16];
        Span<double> next = stackalloc double[16];
        x.CopyTo(work);
        for (int level = 0; level < levels; level++)
        {
            int length = n >> level;
            int half = length / 2;
            for (int i = 0; i < half; i++)
            {
                next[i] = (work[2 * i] + work[2 * i + 1]) / Math.Sqrt(2);
                next[half + i] = (work[2 * i] - work[2 * i + 1]) / Math.Sqrt(2);
            }
            for (int i = 0; i < length; i++) work[i] = next[i];
        }
        work.CopyTo(y);
    }
}
