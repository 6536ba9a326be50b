// Idiom: Tiny YOLOv2 region-layer decoding (ML.NET / ONNX Runtime sample style): class probabilities per box per grid cell
// Layout: channels-first DenseTensor [1, boxes * (5 + classes), gridH, gridW], multi-index t[0, channel, cy, cx]
// Correct
using System;
using System.Collections.Generic;

namespace HeldOut34.DetectorHead_YoloCellClasses
{
    /// <summary>Minimal stand-in for Microsoft.ML.OnnxRuntime.Tensors.DenseTensor&lt;T&gt;.</summary>
    public sealed class DenseTensor<T>
    {
        private readonly T[] _buffer;
        private readonly int[] _strides;

        public DenseTensor(T[] buffer, int[] dimensions)
        {
            _buffer = buffer;
            Dimensions = dimensions;
            _strides = new int[dimensions.Length];
            int stride = 1;
            for (int d = dimensions.Length - 1; d >= 0; d--)
            {
                _strides[d] = stride;
                stride *= dimensions[d];
            }
        }

        public int[] Dimensions { get; }

        public T this[params int[] indices]
        {
            get
            {
                int offset = 0;
                for (int d = 0; d < indices.Length; d++)
                {
                    offset += indices[d] * _strides[d];
                }

                return _buffer[offset];
            }
        }
    }

    public sealed record CellBox(int Row, int Column, int Box, float Confidence, float[] ClassProbabilities);

    public sealed class YoloOutputParser
    {
        private const int BoxInfoLength = 5;
        private readonly int _boxesPerCell;
        private readonly int _classCount;

        public YoloOutputParser(int boxesPerCell, int classCount)
        {
            _boxesPerCell = boxesPerCell;
            _classCount = classCount;
        }

        public List<CellBox> Parse(DenseTensor<float> output)
        {
            int gridH = output.Dimensions[2];
            int gridW = output.Dimensions[3];
            int channelsPerBox = BoxInfoLength + _classCount;
            var boxes = new List<CellBox>();

            for (int cy = 0; cy < gridH; cy++)
            {
                for (int cx = 0; cx < gridW; cx++)
                {
                    for (int b = 0; b < _boxesPerCell; b++)
                    {
                        int channel = b * channelsPerBox;
                        float confidence = Sigmoid(output[0, channel + 4, cy, cx]);

                        float maxClass = float.MinValue;
                        for (int c = 0; c < _classCount; c++)
                        {
                            maxClass = Math.Max(maxClass, output[0, channel + BoxInfoLength + c, cy, cx]);
                        }

                        var classProbabilities = new float[_classCount];
                        float sum = 0f;
                        for (int c = 0; c < _classCount; c++)
                        {
                            classProbabilities[c] = (float)Math.Exp(output[0, channel + BoxInfoLength + c, cy, cx] - maxClass);
                            sum += classProbabilities[c];
                        }

                        for (int c = 0; c < _classCount; c++)
                        {
                            classProbabilities[c] /= sum;
                        }

                        boxes.Add(new CellBox(cy, cx, b, confidence, classProbabilities));
                    }
                }
            }

            return boxes;
        }

        private static float Sigmoid(float value) => 1f / (1f + (float)Math.Exp(-value));
    }
}
