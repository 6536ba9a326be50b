// Idiom: ONNX-style Softmax(axis) over a ReadOnlySpan<double> with `while` loops; the author takes one maximum per outer
// block (all axisLen * inner elements of the block) before walking its fibres.
// Layout: flat ReadOnlySpan<double> in, Span<double> out; block o is Slice(o * axisLen * inner, axisLen * inner),
// fibre (o, i) strided by inner.
// Bug LG0001: the max spans the whole outer block (every inner position), more than one fibre.
using System;

namespace HeldOut67.OuterAxisInner_BlockMax;

public static class AxisSoftmax
{
    public static void Compute(ReadOnlySpan<double> input, Span<double> output, int outer, int axisLen, int inner)
    {
        int blockSize = axisLen * inner;
        int o = 0;
        while (o < outer)
        {
            ReadOnlySpan<double> block = input.Slice(o * blockSize, blockSize);
            Span<double> dst = output.Slice(o * blockSize, blockSize);
            double blockMax = double.MinValue;
            int t = 0;
            while (t < blockSize)
            {
                if (block[t] > blockMax) blockMax = block[t]; //~ LG0001
                t++;
            }

            int i = 0;
            while (i < inner)
            {
                double acc = 0.0;
                int a = 0;
                while (a < axisLen)
                {
                    double e = Math.Exp(block[a * inner + i] - blockMax);
                    dst[a * inner + i] = e;
                    acc += e;
                    a++;
                }

                a = 0;
                while (a < axisLen)
                {
                    dst[a * inner + i] /= acc;
                    a++;
                }

                i++;
            }

            o++;
        }
    }
}
