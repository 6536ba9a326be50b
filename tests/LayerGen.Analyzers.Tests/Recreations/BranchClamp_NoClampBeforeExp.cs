// Buggy siblings of BranchClamp_ClampedCells.cs (zhongkaifu/RNNSharp's clamped output layer): the branch is there but
// does not bound the exponent. The first clamps only from below (if (cell < -50) cell = -50: large logits still
// overflow); the second assigns a data value, not a constant.
using System;

namespace Recreations.BranchClampNoClampBeforeExp;

public static class UnclampedSoftmax
{
    public static void FloorOnly(float[] cells)
    {
        float sum = 0;
        for (int c = 0; c < cells.Length; c++)
        {
            var cell = cells[c];
            if (cell < -50) cell = -50;
            var e = (float)Math.Exp(cell); //~ LG0003
            sum += e;
            cells[c] = e;
        }

        for (int c = 0; c < cells.Length; c++) cells[c] /= sum;
    }

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
