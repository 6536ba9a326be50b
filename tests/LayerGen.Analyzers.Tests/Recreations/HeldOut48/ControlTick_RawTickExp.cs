// Idiom: discrete action selector called once per control tick on a controller object that keeps a scratch buffer
// field reused between ticks; the caller passes a list of the ticks' score arrays.
// Layout: List<float[]> (one score array per tick), float[] scratch field; float.Exp.
// Bug (LG0003): `float.Exp(tickScores[a])` with no maximum subtracted: float overflow to infinity above ~88, NaN
// after the division.
using System;
using System.Collections.Generic;

namespace HeldOut48.ControlTick_RawTickExp;

public sealed class ActionSelector
{
    private readonly float[] _scratch;

    public ActionSelector(int actions)
    {
        _scratch = new float[actions];
    }

    public List<float[]> TickProbabilities(List<float[]> ticks)
    {
        var probs = new List<float[]>(ticks.Count);
        foreach (float[] tickScores in ticks)
        {
            float total = 0f;
            for (int a = 0; a < _scratch.Length; a++)
            {
                _scratch[a] = float.Exp(tickScores[a]); //~ LG0003
                total += _scratch[a];
            }

            var p = new float[_scratch.Length];
            for (int a = 0; a < p.Length; a++)
            {
                p[a] = _scratch[a] / total;
            }

            probs.Add(p);
        }

        return probs;
    }
}
