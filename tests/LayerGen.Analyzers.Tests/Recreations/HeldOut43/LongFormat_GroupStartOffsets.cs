// Idiom: multinomial logit on long-format data, one row per (person, alternative), softmax over each person's block
// Layout: long format, flat rows sorted by person id, x[rows, attributes], groupStart offsets built from the id column
// Correct
using System;
using System.Collections.Generic;

namespace HeldOut43.LongFormat_GroupStartOffsets;

public static class LongFormatLogit
{
    public static int[] GroupStarts(int[] personId)
    {
        var starts = new List<int>();
        for (int r = 0; r < personId.Length; r++)
            if (r == 0 || personId[r] != personId[r - 1])
                starts.Add(r);
        starts.Add(personId.Length);
        return starts.ToArray();
    }

    public static double[] Probabilities(int[] personId, double[,] x, double[] beta)
    {
        int nRows = x.GetLength(0), nAttr = x.GetLength(1);
        var utility = new double[nRows];
        for (int r = 0; r < nRows; r++)
            for (int k = 0; k < nAttr; k++)
                utility[r] += beta[k] * x[r, k];

        int[] groupStart = GroupStarts(personId);
        var prob = new double[nRows];
        for (int g = 0; g + 1 < groupStart.Length; g++)
        {
            int first = groupStart[g], last = groupStart[g + 1];
            double vMax = utility[first];
            for (int r = first + 1; r < last; r++)
                vMax = Math.Max(vMax, utility[r]);

            double sumExp = 0.0;
            for (int r = first; r < last; r++)
            {
                prob[r] = Math.Exp(utility[r] - vMax);
                sumExp += prob[r];
            }

            for (int r = first; r < last; r++)
                prob[r] /= sumExp;
        }

        return prob;
    }
}
