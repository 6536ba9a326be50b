// Pattern from j1sk1ss/FotNET.PETPRJ, FotNET/NETWORK/LAYERS/SOFT_MAX/SCRIPTS/SoftMax.cs (re-created with an array).
// A one-dimensional LINQ softmax with one max: correct, no diagnostic.
using System;
using System.Linq;

namespace Corpus.FotNET
{
    public static class SoftMax
    {
        public static double[] Softmax(double[] input)
        {
            var maxInput = input.Max();
            var result = input.Select(t => Math.Exp(t - maxInput)).ToArray();
            var sum = result.Sum();
            for (var i = 0; i < input.Length; i++)
                result[i] /= sum;

            return result;
        }
    }
}
