// Re-creation (our own code) of mdnn's Activation_functions Softmax.DerivativeForLayer: the softmax comes from
// the class's own ApplyToLayer, a full Jacobian is built (i == j ? s_i(1 - s_i) : -s_i s_j), and then only
// derivatives[i] = jacobian[i, i] is returned for the element-wise backward pass.
// Layout: one vector; probabilities from a same-type helper; Jacobian double[n, n] that is never multiplied by a
// gradient. Bug (LG0007): the derivative is the Jacobian's diagonal.
using System;
using System.Linq;

namespace Recreations.Backward.MdnnJacobianDiagonalOnly;

public sealed class Softmax
{
    public double[] ApplyToLayer(double[] values)
    {
        double max = values.Max();
        var result = new double[values.Length];
        double expSum = 0.0;
        for (int i = 0; i < values.Length; i++)
        {
            result[i] = Math.Exp(values[i] - max);
            expSum += result[i];
        }

        for (int i = 0; i < values.Length; i++)
        {
            result[i] /= expSum;
        }

        return result;
    }

    public double[] DerivativeForLayer(double[] values)
    {
        int length = values.Length;
        double[] softmaxValues = ApplyToLayer(values);
        var jacobian = new double[length, length];
        for (int i = 0; i < length; i++)
        {
            for (int j = 0; j < length; j++)
            {
                jacobian[i, j] = i == j ? softmaxValues[i] * (1.0 - softmaxValues[i]) : -softmaxValues[i] * softmaxValues[j];
            }
        }

        var derivatives = new double[length];
        for (int i = 0; i < length; i++)
        {
            derivatives[i] = jacobian[i, i]; //~ LG0007
        }

        return derivatives;
    }
}
