// Source: attention model for routing problems (Kool et al. 2019), one decoding step: clipped compatibilities
// C * tanh(u), visited nodes masked, softmax over each instance's remaining nodes.
// Layout: row-major float[instances, nodes]; clipped logits and per-node peaks computed first, then Parallel.For over
// instances for the exponentials and the normaliser.
// Bug: LG0004, the peak of node n is taken over the instances of the batch, while the sum runs over one instance's nodes.
using System;
using System.Threading.Tasks;

namespace HeldOut24.KoolRoutingPeak;

/// <summary>Routing decoder step with a peak table per node.</summary>
public static class BatchedRoutingDecoder
{
    private const float Clip = 10f;

    /// <summary>The next-node probabilities [instances, nodes].</summary>
    public static float[,] NextNode(float[,] compatibility, bool[,] visited)
    {
        int instances = compatibility.GetLength(0), nodes = compatibility.GetLength(1);
        var clipped = new float[instances, nodes];
        var nodePeak = new float[nodes];
        for (int n = 0; n < nodes; n++)
        {
            nodePeak[n] = float.NegativeInfinity;
            for (int b = 0; b < instances; b++)
            {
                clipped[b, n] = Clip * MathF.Tanh(compatibility[b, n]);
                if (!visited[b, n])
                {
                    nodePeak[n] = MathF.Max(nodePeak[n], clipped[b, n]); //~ LG0004
                }
            }
        }

        var probabilities = new float[instances, nodes];
        Parallel.For(0, instances, b =>
        {
            float sum = 0f;
            for (int n = 0; n < nodes; n++)
            {
                if (!visited[b, n])
                {
                    probabilities[b, n] = MathF.Exp(clipped[b, n] - nodePeak[n]);
                    sum += probabilities[b, n];
                }
            }

            for (int n = 0; n < nodes; n++)
            {
                probabilities[b, n] /= sum;
            }
        });

        return probabilities;
    }
}
