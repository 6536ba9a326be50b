using System.Globalization;
using System.Numerics;
using System.Reflection;
using System.Runtime.InteropServices;
using LayerGen.Onnx.Schema;

namespace LayerGen.Onnx;

/// <summary>Turns a network's layer list and parameters into an ONNX <see cref="ModelProto"/> (see <see cref="OnnxExport"/>).</summary>
internal static class OnnxModelBuilder
{
    private const string BatchDimension = "N";

    private static readonly string ProducerVersion =
        typeof(OnnxModelBuilder).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";

    /// <summary>Builds the model; checks everything first, so a bad network throws before anything is written.</summary>
    public static ModelProto Build<T>(ISequentialNetwork<T> network)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        int elementType = ElementType<T>();
        IReadOnlyList<NetworkLayer> layers = network.Layers;
        ReadOnlySpan<T> parameters = network.Parameters;
        NetworkLayerCheck.Validate(layers, parameters.Length);

        var graph = new GraphProto { Name = network.GetType().Name };
        var plan = new OutputPlan(layers);
        string current = OnnxExport.InputName;
        int affine = 0;
        for (int index = 0; index < plan.ForwardLayers; index++)
        {
            NetworkLayer layer = layers[index];
            string output = plan.OutputName(index);
            string nodeName = string.Create(CultureInfo.InvariantCulture, $"layer{index + 1}_{layer.Kind.ToString().ToLowerInvariant()}");
            switch (layer.Kind)
            {
                case NetworkLayerKind.Affine:
                    affine++;
                    string weights = string.Create(CultureInfo.InvariantCulture, $"affine{affine}_weights");
                    string bias = string.Create(CultureInfo.InvariantCulture, $"affine{affine}_bias");
                    graph.Initializer.Add(Tensor(weights, elementType, [layer.Inputs, layer.Outputs], parameters.Slice(layer.WeightsOffset, layer.Inputs * layer.Outputs)));
                    graph.Initializer.Add(Tensor(bias, elementType, [layer.Outputs], parameters.Slice(layer.BiasOffset, layer.Outputs)));

                    // Gemm: Y = A · B + C with A [N, Inputs], B [Inputs, Outputs] (no transpose), C [Outputs] broadcast over rows.
                    graph.Node.Add(Node("Gemm", nodeName, [current, weights, bias], output));
                    break;
                case NetworkLayerKind.Softmax:
                    graph.Node.Add(SoftmaxNode(nodeName, current, output));
                    break;
                default:
                    graph.Node.Add(Node(layer.Kind.ToString(), nodeName, [current], output));
                    break;
            }

            current = output;
        }

        if (current == OnnxExport.InputName)
        {
            // The logits are the input itself (a user-implemented network whose only layer is the loss).
            graph.Node.Add(Node("Identity", "logits_identity", [current], OnnxExport.LogitsName));
        }

        if (plan.SoftmaxOfLogits)
        {
            graph.Node.Add(SoftmaxNode("probabilities_softmax", OnnxExport.LogitsName, OnnxExport.ProbabilitiesName));
        }

        int inputs = layers[0].Inputs, outputs = layers[^1].Outputs;
        graph.Input.Add(Value(OnnxExport.InputName, elementType, inputs));
        graph.Output.Add(Value(OnnxExport.LogitsName, elementType, outputs));
        if (plan.HasProbabilities)
        {
            graph.Output.Add(Value(OnnxExport.ProbabilitiesName, elementType, outputs));
        }

        graph.DocString = "LayerGen network " + graph.Name + ": " + string.Join(" → ", layers) + ", " + typeof(T).Name;
        return new ModelProto
        {
            IrVersion = OnnxExport.IrVersion,
            ProducerName = "LayerGen.Onnx",
            ProducerVersion = ProducerVersion,
            Graph = graph,
            OpsetImport = { new OperatorSetIdProto { Domain = string.Empty, Version = OnnxExport.OpsetVersion } },
        };
    }

    private static int ElementType<T>()
    {
        if (typeof(T) == typeof(float))
        {
            return (int)TensorProto.Types.DataType.Float;
        }

        if (typeof(T) == typeof(double))
        {
            return (int)TensorProto.Types.DataType.Double;
        }

        throw new NotSupportedException($"ONNX export supports float and double networks, not {typeof(T).Name}.");
    }

    private static NodeProto Node(string opType, string name, string[] inputs, string output)
    {
        var node = new NodeProto { OpType = opType, Name = name };
        node.Input.AddRange(inputs);
        node.Output.Add(output);
        return node;
    }

    /// <summary>Softmax over axis 1, the row: opset 13's Softmax normalises along one axis, like LayerGen's.</summary>
    private static NodeProto SoftmaxNode(string name, string input, string output)
    {
        NodeProto node = Node("Softmax", name, [input], output);
        node.Attribute.Add(new AttributeProto { Name = "axis", Type = AttributeProto.Types.AttributeType.Int, I = 1 });
        return node;
    }

    /// <summary>An initializer; the values go into the typed repeated field (packed, little-endian by the protobuf format).</summary>
    private static TensorProto Tensor<T>(string name, int elementType, long[] dims, ReadOnlySpan<T> values)
        where T : unmanaged
    {
        var tensor = new TensorProto { Name = name, DataType = elementType };
        tensor.Dims.AddRange(dims);
        if (typeof(T) == typeof(float))
        {
            var data = tensor.FloatData;
            data.Capacity = values.Length;
            foreach (float value in MemoryMarshal.Cast<T, float>(values))
            {
                data.Add(value);
            }
        }
        else
        {
            var data = tensor.DoubleData;
            data.Capacity = values.Length;
            foreach (double value in MemoryMarshal.Cast<T, double>(values))
            {
                data.Add(value);
            }
        }

        return tensor;
    }

    /// <summary>A graph input or output of shape <c>[N, width]</c> with a symbolic batch size.</summary>
    private static ValueInfoProto Value(string name, int elementType, int width)
    {
        var shape = new TensorShapeProto();
        shape.Dim.Add(new TensorShapeProto.Types.Dimension { DimParam = BatchDimension });
        shape.Dim.Add(new TensorShapeProto.Types.Dimension { DimValue = width });
        return new ValueInfoProto
        {
            Name = name,
            Type = new TypeProto { TensorType = new TypeProto.Types.Tensor { ElemType = elementType, Shape = shape } },
        };
    }

    /// <summary>Which layer outputs become the graph outputs <c>logits</c> and <c>probabilities</c>.</summary>
    private sealed class OutputPlan
    {
        private readonly int _logitsLayer;
        private readonly int _probabilitiesLayer = -1;

        public OutputPlan(IReadOnlyList<NetworkLayer> layers)
        {
            NetworkLayerKind last = layers[^1].Kind;
            ForwardLayers = last == NetworkLayerKind.SoftmaxWithLoss ? layers.Count - 1 : layers.Count;
            SoftmaxOfLogits = last == NetworkLayerKind.SoftmaxWithLoss;
            if (last == NetworkLayerKind.Softmax)
            {
                _logitsLayer = layers.Count - 2;
                _probabilitiesLayer = layers.Count - 1;
            }
            else
            {
                _logitsLayer = ForwardLayers - 1;
            }
        }

        /// <summary>Layers that run in the graph: all but a final loss layer.</summary>
        public int ForwardLayers { get; }

        /// <summary>The last layer is the loss: <c>probabilities</c> is a Softmax node over <c>logits</c>.</summary>
        public bool SoftmaxOfLogits { get; }

        public bool HasProbabilities => SoftmaxOfLogits || _probabilitiesLayer >= 0;

        public string OutputName(int layer) =>
            layer == _logitsLayer ? OnnxExport.LogitsName
            : layer == _probabilitiesLayer ? OnnxExport.ProbabilitiesName
            : string.Create(CultureInfo.InvariantCulture, $"layer{layer + 1}_output");
    }
}
