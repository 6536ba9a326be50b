// Idiom: multi-agent combat AI, each unit's move logits turned into a policy (MathF.Max fold, fused exp-and-sum).
// Use: RTS squad controller; one row per unit, one column per move.
// Layout: float[units, moves] (row-major 2D).
// Correct.
// Our own code.
#nullable enable
using System;

namespace HeldOut98.MultiAgent_Grid2D;

public static class SquadController
{
    public static float[,] MovePolicy(float[,] logits)
    {
        int units = logits.GetLength(0), moves = logits.GetLength(1);
        var p = new float[units, moves];
        for (int i = 0; i < units; i++)
        {
            float peak = float.NegativeInfinity;
            for (int j = 0; j < moves; j++) peak = MathF.Max(peak, logits[i, j]);

            float sum = 0f;
            for (int j = 0; j < moves; j++) sum += p[i, j] = MathF.Exp(logits[i, j] - peak);
            for (int j = 0; j < moves; j++) p[i, j] /= sum;
        }

        return p;
    }
}
