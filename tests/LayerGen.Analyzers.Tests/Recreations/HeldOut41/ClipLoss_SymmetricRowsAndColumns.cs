// Idiom: CLIP-style symmetric contrastive loss, image→text softmax over each row and text→image softmax over each column
// Layout: row-major double[N, N] of scaled similarities (logits[i, j] = image i · text j / τ)
// Correct
using System;

namespace HeldOut41.ClipLoss_SymmetricRowsAndColumns;

public static class ClipLoss
{
    public static double Compute(double[,] logits, double[,] imageToText, double[,] textToImage, double[,] grad)
    {
        int n = logits.GetLength(0);
        double lossI = 0, lossT = 0;
        for (int i = 0; i < n; i++)
        {
            double rowMax = logits[i, 0];
            for (int j = 1; j < n; j++) rowMax = Math.Max(rowMax, logits[i, j]);
            double rowSum = 0;
            for (int j = 0; j < n; j++)
            {
                imageToText[i, j] = Math.Exp(logits[i, j] - rowMax);
                rowSum += imageToText[i, j];
            }
            for (int j = 0; j < n; j++) imageToText[i, j] /= rowSum;
            lossI += rowMax + Math.Log(rowSum) - logits[i, i];
        }
        for (int j = 0; j < n; j++)
        {
            double colMax = logits[0, j];
            for (int i = 1; i < n; i++) colMax = Math.Max(colMax, logits[i, j]);
            double colSum = 0;
            for (int i = 0; i < n; i++)
            {
                textToImage[i, j] = Math.Exp(logits[i, j] - colMax);
                colSum += textToImage[i, j];
            }
            for (int i = 0; i < n; i++) textToImage[i, j] /= colSum;
            lossT += colMax + Math.Log(colSum) - logits[j, j];
        }
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++)
                grad[i, j] = 0.5 * (imageToText[i, j] + textToImage[i, j] - (i == j ? 2.0 : 0.0)) / n;
        return 0.5 * (lossI + lossT) / n;
    }
}
