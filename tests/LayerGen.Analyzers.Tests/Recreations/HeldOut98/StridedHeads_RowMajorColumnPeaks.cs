// Idiom: policy logits per agent from a batched simulation step; per-action peaks filled with Array.Fill and MathF.Max.
// Use: many agents in a batched simulation step.
// Layout: flat float[agents * actions], row-major (agent g's action a at g * actions + a).
// Bug (LG0004): colMax[a] is the max of action a over all agents (a column), while each sum runs over one agent's row;
// the shift differs per action, so the probabilities are wrong (NaN when an agent sits far below another).
// Our own code.
#nullable enable
using System;

namespace HeldOut98.StridedHeads_RowMajorColumnPeaks;

public static class RowMajorPolicy
{
    public static float[] Forward(float[] x, int agents, int actions)
    {
        var colMax = new float[actions];
        Array.Fill(colMax, float.NegativeInfinity);
        for (int g = 0; g < agents; g++)
        {
            for (int a = 0; a < actions; a++)
            {
                colMax[a] = MathF.Max(colMax[a], x[g * actions + a]); //~ LG0004
            }
        }

        var y = new float[x.Length];
        for (int g = 0; g < agents; g++)
        {
            float sum = 0f;
            for (int a = 0; a < actions; a++) sum += y[g * actions + a] = MathF.Exp(x[g * actions + a] - colMax[a]);
            for (int a = 0; a < actions; a++) y[g * actions + a] /= sum;
        }

        return y;
    }
}
