// Idiom: MCTS expansion with the children stored as an array of edge structs per node (the C++ "children[ACTION_SIZE]
// / probs[ACTION_SIZE]" node shape ported to C#), priors from the policy logits with a temperature.
// Use: priors P(s, a) of all expanded nodes of a search tree.
// Layout: Edge[][] (one Edge[] per expanded node), struct with Move/Logit/Prior fields, written back by index, float.
// Bug (LG0003): `MathF.Exp(edges[i].Logit / temperature)` with no shift; logits above ~88·T overflow to +Inf (NaN
// priors), logits far below 0 give 0/0.
using System;

namespace HeldOut64.MctsPriors_RawEdgeExp;

public struct Edge
{
    public int Move;
    public float Logit;
    public float Prior;
}

public static class Expansion
{
    public static void SetPriors(Edge[][] expanded, float temperature)
    {
        foreach (Edge[] edges in expanded)
        {
            float z = 0f;
            for (int i = 0; i < edges.Length; i++)
            {
                edges[i].Prior = MathF.Exp(edges[i].Logit / temperature); //~ LG0003
                z += edges[i].Prior;
            }

            for (int i = 0; i < edges.Length; i++)
            {
                edges[i].Prior /= z;
            }
        }
    }
}
