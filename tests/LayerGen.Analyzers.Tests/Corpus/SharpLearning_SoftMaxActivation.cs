// Pattern from mdabros/SharpLearning, SharpLearning.Neural.Activations.SoftMaxActivation (re-created; the original
// works on a MathNet Matrix<float>, here a float[,]). Rows are processed in a Parallel.For lambda; the max is taken
// per row (double max over float values), the sum per row. Correct: no diagnostic.
using System;
using System.Threading.Tasks;

namespace Corpus.SharpLearning
{
    public sealed class SoftMaxActivation
    {
        public void Activation(float[,] x)
        {
            int rows = x.GetLength(0), cols = x.GetLength(1);
            Parallel.For(0, rows, i =>
            {
                var rowSum = 0.0f;
                var max = double.MinValue;
                for (int j = 0; j < cols; ++j)
                {
                    var value = x[i, j];
                    if (value > max)
                    {
                        max = value;
                    }
                }

                for (int j = 0; j < cols; ++j)
                {
                    var value = (float)Math.Exp(x[i, j] - max);
                    rowSum += value;
                    x[i, j] = value;
                }

                for (int j = 0; j < cols; ++j)
                {
                    x[i, j] = x[i, j] / rowSum;
                }
            });
        }
    }
}
