using System.Collections.Generic;
using System.Globalization;
using LayerGen.Differentiation.Ir;

namespace LayerGen.Differentiation.Emitting;

/// <summary>
/// The identifiers of a generated BackwardRow: the user's names for x, y, parameters, locals and integer locals, and
/// fresh names for everything LayerGen adds (dx, dy, scratch, the tape, adjoints, temporaries) that collide with none of them.
/// </summary>
internal sealed class BackwardNames
{
    private readonly HashSet<string> _used = new(System.StringComparer.Ordinal);
    private readonly ForwardRowModel _model;

    public BackwardNames(ForwardRowModel model)
    {
        _model = model;
        _used.Add(model.InputName);
        _used.Add(model.OutputName);
        foreach (ParameterInfo parameter in model.Parameters)
        {
            _used.Add(parameter.Name);
        }

        foreach (LocalInfo local in model.Locals)
        {
            _used.Add(local.Name);
        }

        foreach (string name in model.IntNames)
        {
            _used.Add(name);
        }

        foreach (BufferInfo buffer in model.Buffers)
        {
            _used.Add(buffer.Name);
        }

        OutputGradient = Fresh("dy");
        InputGradient = Fresh("dx");
        Scratch = Fresh("scratch");
        Tape = Fresh("tape");
        TapeTop = Fresh("tapeTop");
        OutputAdjoint = Fresh("d" + Pascal(model.OutputName));
        var parameterGradients = new string[model.Parameters.Length];
        for (int i = 0; i < parameterGradients.Length; i++)
        {
            parameterGradients[i] = Fresh(model.Parameters[i].Name + "Gradient");
        }

        ParameterGradients = parameterGradients;
        var localAdjoints = new string[model.Locals.Length];
        for (int i = 0; i < localAdjoints.Length; i++)
        {
            localAdjoints[i] = Fresh("d" + Pascal(model.Locals[i].Name));
        }

        LocalAdjoints = localAdjoints;
        var bufferAdjoints = new string[model.Buffers.Length];
        for (int i = 0; i < bufferAdjoints.Length; i++)
        {
            bufferAdjoints[i] = Fresh("d" + Pascal(model.Buffers[i].Name));
        }

        BufferAdjoints = bufferAdjoints;
        Seed = Fresh("g");
        Rows = Fresh("rows");
        Row = Fresh("row");
        InputRows = Fresh(model.InputName + "Rows");
        OutputRows = Fresh(model.OutputName + "Rows");
        TapeRows = Fresh(Tape + "Rows");
        OutputGradientRows = Fresh(OutputGradient + "Rows");
        InputGradientRows = Fresh(InputGradient + "Rows");
        InputGradientStep = Fresh(InputGradient + "Step");
    }

    public string OutputGradient { get; }

    public string InputGradient { get; }

    public string Scratch { get; }

    public string Tape { get; }

    public string TapeTop { get; }

    /// <summary>The adjoint of the output row (a scratch copy of dy, consumed by the reverse sweep).</summary>
    public string OutputAdjoint { get; }

    public IReadOnlyList<string> ParameterGradients { get; }

    public IReadOnlyList<string> LocalAdjoints { get; }

    public IReadOnlyList<string> BufferAdjoints { get; }

    /// <summary>The adjoint of the value a reversed assignment stored.</summary>
    public string Seed { get; }

    /// <summary>A fresh temporary name <c>prefix0</c>, <c>prefix1</c>… unique within the method.</summary>
    public string Temporary(string prefix)
    {
        for (int i = 0; ; i++)
        {
            string candidate = prefix + i.ToString(CultureInfo.InvariantCulture);
            if (_used.Add(candidate))
            {
                return candidate;
            }
        }
    }

    /// <summary>The number of rows a batch-walking method (<c>BackwardRowsFromTape</c>, the forwards' rows methods) takes.</summary>
    public string Rows { get; }

    /// <summary>The row index of a batch-walking method.</summary>
    public string Row { get; }

    /// <summary>The batch of input rows a batch-walking method takes (the row is a view of it).</summary>
    public string InputRows { get; }

    /// <summary>The batch of output rows a batch-walking forward writes.</summary>
    public string OutputRows { get; }

    /// <summary>The batch of records a batch-walking method takes.</summary>
    public string TapeRows { get; }

    /// <summary>The batch of output-gradient rows a batch-walking method takes.</summary>
    public string OutputGradientRows { get; }

    /// <summary>The batch of input-gradient rows a batch-walking method writes.</summary>
    public string InputGradientRows { get; }

    /// <summary>Entries between two rows' input gradients: the row length, or 0 when every row writes one unused row.</summary>
    public string InputGradientStep { get; }

    public string ArrayName(ArrayRef array) => array.Kind switch
    {
        ArrayKind.Input => _model.InputName,
        ArrayKind.Output => _model.OutputName,
        ArrayKind.Parameter => _model.Parameters[array.Index].Name,
        _ => _model.Buffers[array.Index].Name,
    };

    public string AdjointName(ArrayRef array) => array.Kind switch
    {
        ArrayKind.Input => InputGradient,
        ArrayKind.Output => OutputAdjoint,
        ArrayKind.Parameter => ParameterGradients[array.Index],
        _ => BufferAdjoints[array.Index],
    };

    private string Fresh(string name)
    {
        string candidate = name;
        for (int suffix = 2; !_used.Add(candidate); suffix++)
        {
            candidate = name + suffix.ToString(CultureInfo.InvariantCulture);
        }

        return candidate;
    }

    private static string Pascal(string name) => name.Length == 0 ? name : char.ToUpperInvariant(name[0]) + name.Substring(1);
}
