// Source: attention model for routing problems (Kool, van Hoof & Welling 2019), one decoding step: the compatibility
// of the context query with each node is clipped as C * tanh(u), visited nodes are masked out, and the result is
// softmaxed over the remaining nodes of each instance.
// Layout: row-major float[instances, nodes] compatibilities and bool[instances, nodes] visited mask; Parallel.For
// over instances; masked nodes get probability 0.
// Correct.
using System;
using System.Threading.Tasks;

namespace HeldOut24.KoolRouting;

/// <summary>Next-node distribution of the routing decoder.</summary>
public static class RoutingDecoder
{
    /// <summary>Tanh clipping constant C of the paper.</summary>
    public const float Clip = 10f;

    /// <summary>The next-node probabilities [instances, nodes] for one decoding step.</summary>
    public static float[,] NextNode(float[,] compatibility, bool[,] visited)
    {
        int instances = compatibility.GetLength(0), nodes = compatibility.GetLength(1);
        var probabilities = new float[instances, nodes];
        Parallel.For(0, instances, b =>
        {
            float best = float.NegativeInfinity;
            for (int n = 0; n < nodes; n++)
            {
                if (!visited[b, n])
                {
                    best = MathF.Max(best, Clip * MathF.Tanh(compatibility[b, n]));
                }
            }

            float sum = 0f;
            for (int n = 0; n < nodes; n++)
            {
                float e = visited[b, n] ? 0f : MathF.Exp(Clip * MathF.Tanh(compatibility[b, n]) - best);
                probabilities[b, n] = e;
                sum += e;
            }

            for (int n = 0; n < nodes; n++)
            {
                probabilities[b, n] /= sum;
            }
        });

        return probabilities;
    }
}
