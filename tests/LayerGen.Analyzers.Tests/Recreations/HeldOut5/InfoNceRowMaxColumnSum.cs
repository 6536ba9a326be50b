// Source: contrastive (InfoNCE) losses in C#, both directions over a [batch, batch] similarity matrix.
// Layout: float[images, texts]; the sum and division run down each column (softmax over images per text).
// Bug (LG0004): the shift is each ROW's max (reused from the image→text direction), not the column's.
using System;

namespace LayerGen.Recreations.HeldOut5.InfoNceRowMaxColumnSumNs;

public static class InfoNceRowMaxColumnSum
{
    public static float[,] TextToImage(float[,] sim)
    {
        int n = sim.GetLength(0);
        int m = sim.GetLength(1);
        var rowMax = new float[n];
        for (int i = 0; i < n; i++)
        {
            float best = float.MinValue;
            for (int j = 0; j < m; j++)
            {
                best = MathF.Max(best, sim[i, j]); //~ LG0004
            }
            rowMax[i] = best;
        }

        var p = new float[n, m];
        for (int j = 0; j < m; j++)
        {
            float colSum = 0f;
            for (int i = 0; i < n; i++)
            {
                p[i, j] = MathF.Exp(sim[i, j] - rowMax[i]);
                colSum += p[i, j];
            }
            for (int i = 0; i < n; i++)
            {
                p[i, j] /= colSum;
            }
        }
        return p;
    }
}
