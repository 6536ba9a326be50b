// known gap: missed LG0007: the derivative branch y(1 - y) reads the softmax output from the same parameter the forward branch takes logits from
// gap: -LG0007@48
// Source: hellzhammer/Kronus_Neural Activations/Softmax.cs:13 and :31 (re-created, not copied)
// Layout: an activation class `Activate(double[] input, bool deriv)`; forward: exps into a fresh array, a separate
// summing loop, a third dividing loop; derivative branch (called with the layer's softmax output as input):
// input[i] · (1 − input[i]) per element.
// Label: LG0003 (raw exp: a logit above ~709 gives inf / inf = NaN) and LG0007 (the derivative branch is only the
// Jacobian's diagonal, a sigmoid's derivative, used as the softmax derivative).
using System;

namespace Recreations.Real52.KronusNeuralRawExpAndDiagonalDerivative;

public interface IActivation<T>
{
    T Activate(T input, bool deriv);
}

public sealed class Softmax : IActivation<double[]>
{
    public double[] Activate(double[] input, bool deriv)
    {
        if (!deriv)
        {
            var zExp = new double[input.Length];
            for (int ze = 0; ze < zExp.Length; ze++)
            {
                zExp[ze] = Math.Exp(input[ze]); //~ LG0003
            }

            double sumZExp = 0.0;
            for (int i = 0; i < zExp.Length; i++)
            {
                sumZExp += zExp[i];
            }

            var softmax = new double[zExp.Length];
            for (int i = 0; i < softmax.Length; i++)
            {
                softmax[i] = zExp[i] / sumZExp;
            }

            return softmax;
        }

        var derivative = new double[input.Length];
        for (int i = 0; i < derivative.Length; i++)
        {
            derivative[i] = input[i] * (1d - input[i]); //~ LG0007
        }

        return derivative;
    }
}
