// Source: contrastive (InfoNCE / CLIP) losses in C#: the text→image direction softmaxes each COLUMN of the
// [batch, batch] similarity matrix. Layout: float[images, texts], softmax over the first index of each column.
// Correct: per-column max and per-column sum.
using System;

namespace LayerGen.Recreations.HeldOut5.InfoNceColumnSoftmaxNs;

public static class InfoNceColumnSoftmax
{
    public static float[,] TextToImage(float[,] sim)
    {
        int n = sim.GetLength(0);
        int m = sim.GetLength(1);
        var p = new float[n, m];
        for (int j = 0; j < m; j++)
        {
            float colMax = sim[0, j];
            for (int i = 1; i < n; i++)
            {
                colMax = sim[i, j] > colMax ? sim[i, j] : colMax;
            }
            float colSum = 0f;
            for (int i = 0; i < n; i++)
            {
                p[i, j] = MathF.Exp(sim[i, j] - colMax);
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
