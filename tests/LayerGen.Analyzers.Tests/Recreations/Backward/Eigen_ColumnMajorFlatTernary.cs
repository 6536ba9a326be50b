// Re-creation (our own code) of SoftMax::backward in a C++/Eigen network found next to a column-major forward
// (one column per sample, output_.col(col) = exp / sum): for each column, jacobian_matrix(i, j) =
// i == j ? y_i (1 - y_i) : -y_i y_j, then gradients.col(col) = jacobian_matrix * preGradients.col(col).
// Layout: column-major flat float buffer [classes, batch] (element (c, b) at c * batch + b); the softmax is
// computed in the same method; the per-column Jacobian is a flat float[n * n] with a ternary on i == j.
// Bug (LG0006): O(n^2) per column.
using System;

namespace Recreations.Backward.EigenColumnMajorFlatTernary;

public static class SoftMax
{
    public static void ForwardBackward(float[] z, float[] upstream, float[] gradients, int classes, int batch)
    {
        var y = new float[classes];
        var jacobian = new float[classes * classes];
        for (int col = 0; col < batch; col++)
        {
            float max = float.NegativeInfinity;
            for (int c = 0; c < classes; c++)
            {
                max = MathF.Max(max, z[c * batch + col]);
            }

            float sum = 0f;
            for (int c = 0; c < classes; c++)
            {
                y[c] = MathF.Exp(z[c * batch + col] - max);
                sum += y[c];
            }

            for (int c = 0; c < classes; c++)
            {
                y[c] /= sum;
            }

            for (int i = 0; i < classes; i++)
            {
                for (int j = 0; j < classes; j++)
                {
                    jacobian[i * classes + j] = i == j ? y[i] * (1f - y[i]) : -y[i] * y[j]; //~ LG0006
                }
            }

            for (int i = 0; i < classes; i++)
            {
                float g = 0f;
                for (int j = 0; j < classes; j++)
                {
                    g += jacobian[i * classes + j] * upstream[j * batch + col];
                }

                gradients[i * batch + col] = g;
            }
        }
    }
}
