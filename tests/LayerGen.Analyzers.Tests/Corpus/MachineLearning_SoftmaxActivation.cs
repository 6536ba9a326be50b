// Pattern from a C# MachineLearning.Activations.Softmax struct (code search "Softmax : IActivation", using static
// System.Math; re-created with a flat double[] in place of its Matrix type). exp without max subtraction and one
// expSum over all elements of the matrix. Indexed one-dimensionally, so LG0001/LG0002 cannot see rows; both exps
// (the summed one and the divided one) are of raw logits: LG0003 at each.
using static System.Math;

namespace Corpus.MachineLearning
{
    public readonly struct Softmax
    {
        public double[] Activate(double[] matrix)
        {
            double expSum = 0;
            for (int i = 0; i < matrix.Length; i++)
                expSum += {|LG0003:Exp(matrix[i])|};

            var activation = new double[matrix.Length];
            for (int i = 0; i < activation.Length; i++)
                activation[i] = {|LG0003:Exp(matrix[i])|} / expSum;

            return activation;
        }
    }
}
