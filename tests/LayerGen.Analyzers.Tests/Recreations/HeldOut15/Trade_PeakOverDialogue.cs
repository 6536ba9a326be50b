// HeldOut15 — Trade_PeakOverDialogue
// Source: TRADE dialogue state tracking (Wu et al. 2019), a port of the pointer distribution.
// Layout: history attention scores jagged float[slots][historyLen]; LINQ SelectMany for the peak.
// Bug (LG0001): the pointer softmax of every slot subtracts one peak taken over every slot's
// history scores (a slot whose scores sit far below another slot's underflows to 0/0).
using System;
using System.Linq;

namespace LayerGen.Recreations.HeldOut15;

public static class Trade_PeakOverDialogue
{
    /// <summary>Pointer distributions over the dialogue history, one per slot.</summary>
    public static float[][] Pointer(float[][] history)
    {
        float peak = history.SelectMany(row => row).Max(); //~ LG0001
        var result = new float[history.Length][];
        for (int s = 0; s < history.Length; s++)
        {
            float[] e = new float[history[s].Length];
            float z = 0f;
            for (int t = 0; t < e.Length; t++)
            {
                e[t] = MathF.Exp(history[s][t] - peak);
                z += e[t];
            }
            for (int t = 0; t < e.Length; t++) e[t] /= z;
            result[s] = e;
        }
        return result;
    }
}
