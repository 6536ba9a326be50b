// Correct twins of FixedCoordinate_MaxOverAllColumns: the max runs over the same fixed column (index 2) of the same
// group's rows that the softmax normalises, reset per group.
// Source: Hugging Face zero-shot classification post-processing ported to C#.
// Layout: float[][] [sequences * labels][3]; double[,,] [sequences, labels, 3]. Correct.
using System;

namespace Recreations.FixedCoordinateMaxOverOneColumn;

public static class EntailmentScores
{
    public static float[][] Jagged(float[][] nli, int labels)
    {
        int sequences = nli.Length / labels;
        var scores = new float[sequences][];
        for (int s = 0; s < sequences; s++)
        {
            float top = float.NegativeInfinity;
            for (int l = 0; l < labels; l++) top = MathF.Max(top, nli[s * labels + l][2]);
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
        var scores = new double[sequences, labels];
        for (int s = 0; s < sequences; s++)
        {
            double top = double.NegativeInfinity;
            for (int l = 0; l < labels; l++) top = Math.Max(top, nli[s, l, 2]);
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
