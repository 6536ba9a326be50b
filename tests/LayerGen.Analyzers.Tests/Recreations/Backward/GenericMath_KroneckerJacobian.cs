// Variant (our own code) of the Jacobian branch of AiDotNet's SoftmaxActivation<T> (a Matrix<T> jacobian with
// if (i == j) y_i(1 - y_i) else -y_i y_j, later multiplied by the output gradient), in generic math with the
// Kronecker delta form y_i * (delta_ij - y_j) and the product in the same method.
// Layout: one generic vector T[] softmax in the same method; Jacobian T[n, n].
// Bug (LG0006): O(n^2).
using System;
using System.Numerics;

namespace Recreations.Backward.GenericMathKroneckerJacobian;

public static class SoftmaxActivation<T> where T : IFloatingPointIeee754<T>
{
    public static void ForwardBackward(ReadOnlySpan<T> x, ReadOnlySpan<T> outputGradient, Span<T> inputGradient)
    {
        int n = x.Length;
        T max = T.NegativeInfinity;
        for (int i = 0; i < n; i++)
        {
            max = T.Max(max, x[i]);
        }

        var y = new T[n];
        T sum = T.Zero;
        for (int i = 0; i < n; i++)
        {
            y[i] = T.Exp(x[i] - max);
            sum += y[i];
        }

        for (int i = 0; i < n; i++)
        {
            y[i] /= sum;
        }

        var jacobian = new T[n, n];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                jacobian[i, j] = y[i] * ((i == j ? T.One : T.Zero) - y[j]); //~ LG0006
            }
        }

        for (int i = 0; i < n; i++)
        {
            T g = T.Zero;
            for (int j = 0; j < n; j++)
            {
                g += jacobian[j, i] * outputGradient[j];
            }

            inputGradient[i] = g;
        }
    }
}
