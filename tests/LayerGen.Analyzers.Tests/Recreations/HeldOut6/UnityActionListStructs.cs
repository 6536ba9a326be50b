// Source: Unity utility-AI / ML-Agents-style discrete action choosers (a List<T> of action option structs, a
// Boltzmann pick over their utility scores), re-created with struct copies written back into the list.
// Layout: List<ActionOption> (one softmax over the list); Score in, Weight out.
// Correct: the max over the options' scores is subtracted before MathF.Exp.
using System;
using System.Collections.Generic;

namespace HeldOut6.UnityActionListStructs;

public struct ActionOption
{
    public string Name;
    public float Score;
    public float Weight;
}

public static class UtilityChooser
{
    public static void AssignWeights(List<ActionOption> options, float temperature)
    {
        float top = float.NegativeInfinity;
        for (int i = 0; i < options.Count; i++)
        {
            if (options[i].Score > top) top = options[i].Score;
        }

        float total = 0f;
        for (int i = 0; i < options.Count; i++)
        {
            ActionOption o = options[i];
            o.Weight = MathF.Exp((o.Score - top) / temperature);
            total += o.Weight;
            options[i] = o;
        }

        for (int i = 0; i < options.Count; i++)
        {
            ActionOption o = options[i];
            o.Weight /= total;
            options[i] = o;
        }
    }

    public static int Pick(List<ActionOption> options, float u)
    {
        float acc = 0f;
        for (int i = 0; i < options.Count; i++)
        {
            acc += options[i].Weight;
            if (u <= acc) return i;
        }

        return options.Count - 1;
    }
}
