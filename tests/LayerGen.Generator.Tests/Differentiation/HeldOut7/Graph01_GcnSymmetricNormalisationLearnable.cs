// One graph-convolution layer (Kipf & Welling) on a fixed 6-node graph: Â = A + I, D̂^(−1/2) Â D̂^(−1/2) X W + b, then
// tanh; two features per node, the adjacency a constant 0/1 table in row-major order, W and b learnable. Shape of
// PyG's GCNConv normalisation (gcn_norm with self-loops), written as dense loops from memory.
// A user expects the gradient for the node features, W and b.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut7;

[DifferentiableLayer(12)]
public partial class GcnSymmetricNormalisationLearnable
{
    const int Nodes = 6, Features = 2;

    // a ring 0-1-2-3-4-5-0 with one chord 1-4
    static readonly int[] Adjacency =
    {
        0, 1, 0, 0, 0, 1,
        1, 0, 1, 0, 1, 0,
        0, 1, 0, 1, 0, 0,
        0, 0, 1, 0, 1, 0,
        0, 1, 0, 1, 0, 1,
        1, 0, 0, 0, 1, 0,
    };

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y,
                           [Learnable(Features * Features, Initial = 0.5, StandardDeviation = 0.3)] ReadOnlySpan<double> weight,
                           [Learnable(Features)] ReadOnlySpan<double> bias)
    {
        Span<double> invSqrtDegree = stackalloc double[Nodes];
        for (int i = 0; i < Nodes; i++)
        {
            double degree = 1; // the self-loop
            for (int j = 0; j < Nodes; j++) degree += Adjacency[i * Nodes + j];
            invSqrtDegree[i] = 1 / Math.Sqrt(degree);
        }

        Span<double> transformed = stackalloc double[Nodes * Features];
        for (int n = 0; n < Nodes; n++)
            for (int o = 0; o < Features; o++)
            {
                double s = 0;
                for (int f = 0; f < Features; f++) s += x[n * Features + f] * weight[f * Features + o];
                transformed[n * Features + o] = s;
            }

        for (int i = 0; i < Nodes; i++)
        {
            for (int o = 0; o < Features; o++)
            {
                double agg = 0;
                for (int j = 0; j < Nodes; j++)
                {
                    double a = i == j ? 1 : Adjacency[i * Nodes + j];
                    agg += invSqrtDegree[i] * a * invSqrtDegree[j] * transformed[j * Features + o];
                }
                y[i * Features + o] = Math.Tanh(agg + bias[o]);
            }
        }
    }
}
