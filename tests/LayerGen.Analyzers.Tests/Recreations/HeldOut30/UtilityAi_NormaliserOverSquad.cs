// Utility AI with Boltzmann action choice for a whole squad per AI tick (IAUS-style considerations; the per-unit
// action arrays of an ECS-flavoured RTS bot): each unit's options as structs, chosen by a softmax over utility / T.
// Layout: ActionOption[][] (unit → its options, struct elements); one softmax per unit.
// Bug (LG0002): each unit is shifted by its own best utility, but the normaliser is one running total over the whole
// squad, declared before the unit loop; every unit's weights are divided by it, so no unit's probabilities sum to 1.
using System;

namespace HeldOut30.UtilityAi_NormaliserOverSquad;

/// <summary>One scored option of a unit.</summary>
public struct ActionOption
{
    /// <summary>The action's name (for the behaviour tree).</summary>
    public string Name;

    /// <summary>Its utility, the product of its considerations.</summary>
    public float Utility;

    /// <summary>The softmax probability written by the squad tick.</summary>
    public float Probability;
}

/// <summary>The squad's AI tick.</summary>
public static class SquadTick
{
    /// <summary>Writes every option's probability of being chosen by its unit.</summary>
    public static void ScoreSquad(ActionOption[][] squad, float temperature)
    {
        float squadTotal = 0f;
        for (int u = 0; u < squad.Length; u++)
        {
            ActionOption[] options = squad[u];
            float best = float.NegativeInfinity;
            for (int i = 0; i < options.Length; i++)
            {
                best = MathF.Max(best, options[i].Utility);
            }

            for (int i = 0; i < options.Length; i++)
            {
                options[i].Probability = MathF.Exp((options[i].Utility - best) / temperature);
                squadTotal += options[i].Probability; //~ LG0002
            }
        }

        foreach (ActionOption[] options in squad)
        {
            for (int i = 0; i < options.Length; i++)
            {
                options[i].Probability /= squadTotal;
            }
        }
    }
}
