// Idiom: multi-agent combat AI, each unit's move logits turned into a policy; per-move peaks kept in an array.
// Use: RTS squad controller; the network emits moves as rows and units as columns.
// Layout: float[moves, units] (column-major 2D: one column per unit).
// Bug (LG0004): peak[a] is the max of move a over all units (along a row), while each sum runs over one unit's moves
// (down a column); the shift differs per move, so the policy is wrong (NaN when a unit sits far below another).
// Our own code.
#nullable enable
using System;

namespace HeldOut98.MultiAgent_ClassMajorPeaks2D;

public static class UnitPolicy
{
    public static float[,] Policy(float[,] z)
    {
        int moves = z.GetLength(0), units = z.GetLength(1);
        var peak = new float[moves];
        for (int a = 0; a < moves; a++)
        {
            peak[a] = float.NegativeInfinity;
            for (int u = 0; u < units; u++)
            {
                if (z[a, u] > peak[a]) peak[a] = z[a, u]; //~ LG0004
            }
        }

        var p = new float[moves, units];
        for (int u = 0; u < units; u++)
        {
            float s = 0f;
            for (int a = 0; a < moves; a++)
            {
                p[a, u] = MathF.Exp(z[a, u] - peak[a]);
                s += p[a, u];
            }

            for (int a = 0; a < moves; a++) p[a, u] /= s;
        }

        return p;
    }
}
