// One single-head graph-attention layer (GAT, Veličković et al.) on a fixed 5-node graph: e_ij = LeakyReLU(a·[Wh_i ‖
// Wh_j]) over the neighbours and the node itself (non-edges skipped with `continue`), a max-shifted softmax per node,
// then ELU of the weighted sum; W and a are constant tables. Shape of the pyGAT reference layer, dense and from memory.
// A user expects the gradient with respect to the node features.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut7;

[DifferentiableLayer(10)]
public partial class GraphAttentionFixedAdjacencyContinue
{
    const int Nodes = 5, Features = 2;
    const double Slope = 0.2;

    static readonly int[] Adjacency =
    {
        1, 1, 0, 0, 1,
        1, 1, 1, 0, 0,
        0, 1, 1, 1, 1,
        0, 0, 1, 1, 1,
        1, 0, 1, 1, 1,
    };
    static readonly double[] W = { 0.9, -0.3, 0.4, 1.1 };
    static readonly double[] A = { 0.3, -0.2, 0.5, 0.1 };

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        Span<double> h = stackalloc double[Nodes * Features];
        for (int n = 0; n < Nodes; n++)
        {
            h[n * Features] = W[0] * x[n * Features] + W[1] * x[n * Features + 1];
            h[n * Features + 1] = W[2] * x[n * Features] + W[3] * x[n * Features + 1];
        }

        Span<double> e = stackalloc double[Nodes];
        for (int i = 0; i < Nodes; i++)
        {
            double max = double.MinValue;
            for (int j = 0; j < Nodes; j++)
            {
                e[j] = 0;
                if (Adjacency[i * Nodes + j] == 0) continue;
                double s = A[0] * h[i * Features] + A[1] * h[i * Features + 1] + A[2] * h[j * Features] + A[3] * h[j * Features + 1];
                s = s > 0 ? s : Slope * s;
                e[j] = s;
                max = Math.Max(max, s);
            }

            double sum = 0, out0 = 0, out1 = 0;
            for (int j = 0; j < Nodes; j++)
            {
                if (Adjacency[i * Nodes + j] == 0) continue;
                double w = Math.Exp(e[j] - max);
                sum += w;
                out0 += w * h[j * Features];
                out1 += w * h[j * Features + 1];
            }
            out0 /= sum;
            out1 /= sum;
            y[i * Features] = out0 > 0 ? out0 : Math.Exp(out0) - 1;
            y[i * Features + 1] = out1 > 0 ? out1 : Math.Exp(out1) - 1;
        }
    }
}
