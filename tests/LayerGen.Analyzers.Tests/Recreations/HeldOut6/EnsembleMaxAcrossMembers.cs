// Source: ensemble soft voting in C# (member logits stacked as [members, samples, classes]), re-created with one
// shift per sample taken across all members' logits.
// Layout: float[M, N, K]; each member's softmax runs over K for a sample, then the mean over members.
// Bug LG0001: the max for sample i spans every member's row (M x K values), not the member's own row.
using System;

namespace HeldOut6.EnsembleMaxAcrossMembers;

public static class StackedSoftVoting
{
    public static float[,] Average(float[,,] logits)
    {
        int members = logits.GetLength(0);
        int n = logits.GetLength(1);
        int k = logits.GetLength(2);
        var mean = new float[n, k];
        for (int i = 0; i < n; i++)
        {
            float shift = float.NegativeInfinity;
            for (int m = 0; m < members; m++)
            {
                for (int c = 0; c < k; c++)
                {
                    shift = MathF.Max(shift, logits[m, i, c]); //~ LG0001
                }
            }

            for (int m = 0; m < members; m++)
            {
                float s = 0f;
                for (int c = 0; c < k; c++) s += MathF.Exp(logits[m, i, c] - shift);
                for (int c = 0; c < k; c++)
                {
                    mean[i, c] += MathF.Exp(logits[m, i, c] - shift) / s / members;
                }
            }
        }

        return mean;
    }
}
