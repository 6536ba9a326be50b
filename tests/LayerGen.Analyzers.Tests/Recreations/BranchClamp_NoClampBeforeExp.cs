// Buggy sibling of BranchClamp_ClampedCells.cs (zhongkaifu/RNNSharp's clamped output layer): the branch is there but
// does not bound the exponent: it assigns a data value, not a constant, so large logits still overflow.
using System;

namespace Recreations.BranchClampNoClampBeforeExp;

public static class UnclampedSoftmax
{
    public static void ReplacedByData(float[] cells, float[] fallback)
    {
        float sum = 0;
        for (int c = 0; c < cells.Length; c++)
        {
            var cell = cells[c];
            if (cell > 50) cell = fallback[c];
            var e = (float)Math.Exp(cell); //~ LG0003
            sum += e;
            cells[c] = e;
        }

        for (int c = 0; c < cells.Length; c++) cells[c] /= sum;
    }
}
