// known gap: LG0005 on the log of the positive pair's probability (a true LG0005 pattern; labels here cover LG0001-LG0004 only)
// gap: +LG0005@40
// Source: NT-Xent / SimCLR loss written by hand (C# contrastive-learning ports); the "stabilising" constant is the
// largest off-diagonal similarity of the whole matrix, taken once with LINQ-free nested loops.
// Layout: similarity double[2N, 2N]; softmax over j != i of row i; diagonal excluded.
// Bug LG0001: the maximum spans every row of the matrix, not row i.
using System;

namespace HeldOut7.NtXentGlobalMax
{
    public static class ContrastiveLoss
    {
        public static double Loss(double[,] similarity, double tau, double[,] probs)
        {
            int n2 = similarity.GetLength(0);
            double shift = double.NegativeInfinity;
            for (int i = 0; i < n2; i++)
            {
                for (int j = 0; j < n2; j++)
                {
                    if (i != j) shift = Math.Max(shift, similarity[i, j]); //~ LG0001
                }
            }

            double loss = 0;
            for (int i = 0; i < n2; i++)
            {
                double denom = 0;
                for (int j = 0; j < n2; j++)
                {
                    probs[i, j] = i == j ? 0 : Math.Exp((similarity[i, j] - shift) / tau);
                    denom += probs[i, j];
                }

                for (int j = 0; j < n2; j++)
                {
                    probs[i, j] /= denom;
                }

                loss -= Math.Log(probs[i, (i + n2 / 2) % n2]);
            }

            return loss / n2;
        }
    }
}
