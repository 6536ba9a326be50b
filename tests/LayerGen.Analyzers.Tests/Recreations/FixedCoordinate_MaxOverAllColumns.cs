// Bug variants: a softmax over one fixed column (the entailment logit, index 2) of the rows of each group, whose
// "stabilising" max runs over every column of every row: it spans the other columns and the other groups (LG0001).
// Source: Hugging Face zero-shot classification post-processing ported to C# (softmax of the entailment logits over
// the candidate labels of each sequence) — the shape of HeldOut9's ZeroShotNli_MaxOverAllLogits, written anew.
// Layout: float[][] [sequences * labels][3] (jagged rows of NLI logits); double[,,] [sequences, labels, 3].
using System;
using System.Linq;

namespace Recreations.FixedCoordinateMaxOverAllColumns;

public static class EntailmentScores
{
    public static float[][] Jagged(float[][] nli, int labels)
    {
        int sequences = nli.Length / labels;
        float top = nli.Max(row => row.Max()); //~ LG0001
        var scores = new float[sequences][];
        for (int s = 0; s < sequences; s++)
        {
            var p = new float[labels];
            float total = 0f;
            for (int l = 0; l < labels; l++)
            {
                p[l] = MathF.Exp(nli[s * labels + l][2] - top);
                total += p[l];
            }

            for (int l = 0; l < labels; l++) p[l] /= total;
            scores[s] = p;
        }

        return scores;
    }

    public static double[,] Rank3(double[,,] nli)
    {
        int sequences = nli.GetLength(0);
        int labels = nli.GetLength(1);
        double top = double.NegativeInfinity;
        for (int s = 0; s < sequences; s++)
            for (int l = 0; l < labels; l++)
                for (int c = 0; c < 3; c++)
                    top = Math.Max(top, nli[s, l, c]); //~ LG0001

        var scores = new double[sequences, labels];
        for (int s = 0; s < sequences; s++)
        {
            double total = 0.0;
            for (int l = 0; l < labels; l++)
            {
                scores[s, l] = Math.Exp(nli[s, l, 2] - top);
                total += scores[s, l];
            }

            for (int l = 0; l < labels; l++) scores[s, l] /= total;
        }

        return scores;
    }
}
