// Idiom: utility AI for NPCs in a game engine: every behaviour (Patrol, Flee, Attack, ...) has a utility score, and the
// NPC picks one with probability softmax(score / temperature) so that it does not always do the same thing. Unity-style
// float code with a `Mathf`-like helper class of our own. Written as our own code.
// Layout: List<Npc>, each NPC with a List<Behaviour> of structs; max with `Mathf.Max`, exp with `Mathf.Exp`.
// Correct.
using System;
using System.Collections.Generic;

namespace HeldOut46.UtilityAi_NpcBehaviours;

public static class Mathf
{
    public const float NegativeInfinity = float.NegativeInfinity;

    public static float Exp(float x) => (float)Math.Exp(x);

    public static float Max(float a, float b) => a > b ? a : b;
}

public struct Behaviour
{
    public Behaviour(string name, float score)
    {
        Name = name;
        Score = score;
    }

    public string Name;
    public float Score;
}

public sealed class Npc
{
    public List<Behaviour> Behaviours { get; } = new();

    public float[] SelectionChance { get; set; } = Array.Empty<float>();
}

public static class UtilityBrain
{
    public static void UpdateChances(List<Npc> npcs, float temperature)
    {
        foreach (Npc npc in npcs)
        {
            List<Behaviour> options = npc.Behaviours;
            float best = Mathf.NegativeInfinity;
            for (int i = 0; i < options.Count; i++)
            {
                best = Mathf.Max(best, options[i].Score);
            }

            var chance = new float[options.Count];
            float total = 0f;
            for (int i = 0; i < options.Count; i++)
            {
                chance[i] = Mathf.Exp((options[i].Score - best) / temperature);
                total += chance[i];
            }

            for (int i = 0; i < chance.Length; i++)
            {
                chance[i] /= total;
            }

            npc.SelectionChance = chance;
        }
    }
}
