// Idiom: CLIP-style symmetric contrastive loss; the text→image direction walks the columns of the similarity matrix
// Layout: jagged double[N][N], logits[i][j] = image i · text j / τ; LINQ row max
// Bug (LG0004): the column softmax subtracts the max of row j (over texts) while it sums down column j (over images)
using System;
using System.Linq;

namespace HeldOut41.ClipLoss_ColumnSoftmaxRowPeak;

public static class ContrastiveClip
{
    public static double Loss(double[][] logits, double[][] imageToText, double[][] textToImage)
    {
        int n = logits.Length;
        double loss = 0;
        for (int i = 0; i < n; i++)
        {
            double m = logits[i].Max();
            double s = 0;
            for (int j = 0; j < n; j++)
            {
                imageToText[i][j] = Math.Exp(logits[i][j] - m);
                s += imageToText[i][j];
            }
            for (int j = 0; j < n; j++) imageToText[i][j] /= s;
            loss += m + Math.Log(s) - logits[i][i];
        }
        for (int j = 0; j < n; j++)
        {
            double m = logits[j].Max(); //~ LG0004
            double s = 0;
            for (int i = 0; i < n; i++)
            {
                textToImage[i][j] = Math.Exp(logits[i][j] - m);
                s += textToImage[i][j];
            }
            for (int i = 0; i < n; i++) textToImage[i][j] /= s;
            loss += m + Math.Log(s) - logits[j][j];
        }
        return loss / (2 * n);
    }
}
