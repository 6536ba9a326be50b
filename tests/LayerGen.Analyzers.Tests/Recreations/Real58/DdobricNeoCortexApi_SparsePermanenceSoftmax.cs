// Source: ddobric/neocortexapi source/NeoCortexUtils/NeoCortexUtils.cs:859, :883, :899 (commit 490f32e9e1cf)
//   (re-created, not copied)
// Layout: an HTM helper; the permanences of the active mini-columns arrive as a sparse Dictionary<int, double>
//   (input-neuron index -> summed permanence), are densified into a double[numInputNeurons] with zeros, and
//   softmaxed with LINQ: Select(x => Math.Exp(x)), Sum(), Select(x => x / sum).
// Label: Softmax(double[]) LG0003 (in a lambda, on the exp); CreateDenseArray and the Dictionary overload have no exp.
using System;
using System.Collections.Generic;
using System.Linq;

namespace Real58.DdobricNeoCortexApi.Utils
{
    /// <summary>Helpers of the NeoCortex samples.</summary>
    public static class NeoCortexUtils
    {
        private static double[] CreateDenseArray(Dictionary<int, double> array, int numInputNeurons)
        {
            double[] res = new double[numInputNeurons];

            for (int i = 0; i < numInputNeurons; i++)
            {
                if (array.ContainsKey(i))
                    res[i] = array[i];
                else
                    res[i] = 0.0;
            }

            return res;
        }

        public static double[] Softmax(Dictionary<int, double> sparseArray, int numInputNeurons)
        {
            var denseArr = CreateDenseArray(sparseArray, numInputNeurons);

            var res = Softmax(denseArr);

            return res;
        }

        public static double[] Softmax(double[] input)
        {
            double[] exponentials = input.Select(x => Math.Exp(x)).ToArray(); //~ LG0003

            double sum = exponentials.Sum();

            return exponentials.Select(x => x / sum).ToArray();
        }
    }
}
