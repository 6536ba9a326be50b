// Source: dotnet/machinelearning-samples samples/csharp/getting-started/DeepLearning_ObjectDetection_Onnx/
// ObjectDetectionConsoleApp/YoloParser/YoloOutputParser.cs:61, :67, :96, :101, :112 (commit 2828c8c603a7)
// (re-created, not copied)
// Layout: Tiny YOLOv2's output, flattened channel-first: 125 channels × 13 × 13 cells, channel c of cell (x, y) at
// c · 169 + y · 13 + x. Each cell has 5 boxes of 25 channels (4 box values, a confidence, 20 class scores).
// ExtractClasses gathers the 20 class scores of one box through the strided offset and returns Softmax of them
// (a LINQ softmax with the array's maximum subtracted). Sigmoid is written as k / (1 + k) with k = exp(value), the
// softmax of (0, value) with no maximum: inf / inf at value ≥ 89 (float). MapBoundingBoxToCell scales anchors by
// exp(width) and exp(height), element-wise, not normalised.
// Label: Sigmoid LG0003 (an exp over one plus itself, see README); Softmax correct; ExtractClasses correct;
// MapBoundingBoxToCell correct (look-alike, no normalisation); GetConfidence correct (no exp of its own).
using System;
using System.Linq;

namespace Recreations.Real56.DotnetMachineLearningSamples_YoloClassSoftmaxAndExpSigmoid;

/// <summary>A box's position and size.</summary>
internal class DimensionsBase
{
    public float X { get; set; }

    public float Y { get; set; }

    public float Height { get; set; }

    public float Width { get; set; }
}

/// <summary>The raw box values of one anchor.</summary>
internal sealed class BoundingBoxDimensions : DimensionsBase
{
}

/// <summary>The sample's parser of the Tiny YOLOv2 output tensor.</summary>
internal sealed class YoloOutputParser
{
    public const int ROW_COUNT = 13;
    public const int COL_COUNT = 13;
    public const int BOX_INFO_FEATURE_COUNT = 5;
    public const int CLASS_COUNT = 20;
    public const float CELL_WIDTH = 32;
    public const float CELL_HEIGHT = 32;

    private readonly int channelStride = ROW_COUNT * COL_COUNT;

    private readonly float[] anchors = { 1.08F, 1.19F, 3.42F, 4.41F, 6.63F, 11.38F, 9.42F, 5.11F, 16.62F, 10.52F };

    /// <summary>The logistic function as the sample writes it.</summary>
    public float Sigmoid(float value)
    {
        var k = (float)Math.Exp(value); //~ LG0003
        return k / (1.0f + k);
    }

    /// <summary>The class probabilities of one box.</summary>
    public float[] Softmax(float[] values)
    {
        var maxVal = values.Max();
        var exp = values.Select(v => Math.Exp(v - maxVal));
        var sumExp = exp.Sum();

        return exp.Select(v => (float)(v / sumExp)).ToArray();
    }

    private int GetOffset(int x, int y, int channel)
    {
        return (channel * channelStride) + (y * COL_COUNT) + x;
    }

    /// <summary>The objectness of one box.</summary>
    public float GetConfidence(float[] modelOutput, int x, int y, int channel)
    {
        return Sigmoid(modelOutput[GetOffset(x, y, channel + 4)]);
    }

    /// <summary>The box in image coordinates: cell offset plus sigmoid, anchor times exp.</summary>
    public DimensionsBase MapBoundingBoxToCell(int x, int y, int box, BoundingBoxDimensions boxDimensions)
    {
        return new DimensionsBase
        {
            X = (x + Sigmoid(boxDimensions.X)) * CELL_WIDTH,
            Y = (y + Sigmoid(boxDimensions.Y)) * CELL_HEIGHT,
            Width = (float)Math.Exp(boxDimensions.Width) * CELL_WIDTH * anchors[box * 2],
            Height = (float)Math.Exp(boxDimensions.Height) * CELL_HEIGHT * anchors[box * 2 + 1],
        };
    }

    /// <summary>The class probabilities of the box whose channels start at <paramref name="channel"/>.</summary>
    public float[] ExtractClasses(float[] modelOutput, int x, int y, int channel)
    {
        float[] predictedClasses = new float[CLASS_COUNT];
        int predictedClassOffset = channel + BOX_INFO_FEATURE_COUNT;
        for (int predictedClass = 0; predictedClass < CLASS_COUNT; predictedClass++)
        {
            predictedClasses[predictedClass] = modelOutput[GetOffset(x, y, predictedClass + predictedClassOffset)];
        }

        return Softmax(predictedClasses);
    }
}
