// Source: ooples/AiDotNet NeuralNetworks/Layers/CapsuleLayer.cs (dynamic routing, Sabour et al.): the coupling
// coefficients c[i, j] are a softmax of the routing logits b[i, j] over the output capsules j of each input capsule i.
// Layout: double[inputs, outputs], softmax over the second index. Correct: per-input max with Math.Max.
using System;

namespace LayerGen.Recreations.HeldOut5.CapsuleRoutingCouplingNs;

public static class CapsuleRoutingCoupling
{
    public static double[,] Couplings(double[,] b)
    {
        int inputs = b.GetLength(0);
        int outputs = b.GetLength(1);
        var c = new double[inputs, outputs];
        for (int i = 0; i < inputs; i++)
        {
            double top = double.MinValue;
            for (int j = 0; j < outputs; j++)
            {
                top = Math.Max(top, b[i, j]);
            }
            double norm = 0.0;
            for (int j = 0; j < outputs; j++)
            {
                c[i, j] = Math.Exp(b[i, j] - top);
                norm += c[i, j];
            }
            for (int j = 0; j < outputs; j++)
            {
                c[i, j] /= norm;
            }
        }
        return c;
    }
}
