// Compiled into both LayerGen.Generator and LayerGen.Analyzers.
using LayerGen.Generator.Model;

namespace LayerGen.Differentiation.Ir;

// The intermediate representation of a lowered ForwardRow: records of strings, numbers, enums and value lists only
// (no symbols, syntax or operations), so a model is value-equal and the incremental pipeline can cache it.
// Integer expressions (indices, loop bounds) are kept apart from real ones. An integer local that is never reassigned
// depends on no data, so the reverse sweep re-evaluates it; one that is reassigned (a counter k++, an argmax index) is
// read through IntMutable and restored by the reverse sweep like a real local (IntegerState).

/// <summary>The element type of a real value.</summary>
internal enum RealType
{
    Float,
    Double,
}

/// <summary>The spans a forward row reads or writes.</summary>
internal enum ArrayKind
{
    /// <summary>The input row <c>x</c> (read only).</summary>
    Input,

    /// <summary>The output row <c>y</c> (written, may be read back).</summary>
    Output,

    /// <summary>A learnable parameter span (read only), by <see cref="ArrayRef.Index"/>.</summary>
    Parameter,

    /// <summary>A local <c>stackalloc</c> buffer, by <see cref="ArrayRef.Index"/>.</summary>
    Buffer,
}

/// <summary>A span: its kind and, for parameters and buffers, its position in the model's list.</summary>
internal sealed record ArrayRef(ArrayKind Kind, int Index);

/// <summary>C#'s integer operators, with C#'s semantics (truncating division, shift counts masked to 0–31).</summary>
internal enum IntOperator
{
    Add,
    Subtract,
    Multiply,
    Divide,
    Remainder,
    ShiftLeft,
    ShiftRight,
    UnsignedShiftRight,
    And,
    Or,
    ExclusiveOr,
}

internal enum RealOperator
{
    Add,
    Subtract,
    Multiply,
    Divide,
}

internal enum CompareOperator
{
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
    Equal,
    NotEqual,
}

/// <summary>The differentiable functions of <c>Math</c>/<c>MathF</c>.</summary>
internal enum MathFunction
{
    Exp,
    Log,
    Sqrt,
    Tanh,
    Pow,
    Max,
    Min,
    Abs,
    Sin,
    Cos,

    // Generic-math statics of float/double (printed as float.X / double.X; Math has no ExpM1, LogP1 or Exp2).
    ExpM1,
    LogP1,
    Exp2,
    Log2,
    Log10,
    Cbrt,
    Sinh,
    Cosh,
    Atan,
    Asin,
    Acos,

    // Also printed as float.X / double.X (the same code as Math/MathF).
    FusedMultiplyAdd,
    CopySign,
    MaxMagnitude,
    MinMagnitude,

    // Also printed as float.X / double.X: tan, the two-argument arctangent and the hypotenuse.
    Tan,
    Atan2,
    Hypot,

    // Also printed as float.X / double.X: the inverse hyperbolic functions.
    Asinh,
    Acosh,
    Atanh,

    // Piecewise constant: derivative 0 (the kinks are measure-zero, as Abs's at 0).
    Floor,
    Ceiling,
    Truncate,
    Round,
}

/// <summary>An integer expression of constants, span lengths, loop variables and integer locals.</summary>
internal abstract record IntExpr;

internal sealed record IntConstant(int Value) : IntExpr;

/// <summary>A loop variable or an integer local, by its id in <see cref="ForwardRowModel.IntNames"/>.</summary>
internal sealed record IntVariable(int Id) : IntExpr;

internal sealed record IntLength(ArrayRef Array) : IntExpr;

internal sealed record IntBinary(IntOperator Operator, IntExpr Left, IntExpr Right) : IntExpr;

internal sealed record IntNegate(IntExpr Operand) : IntExpr;

/// <summary>
/// A read of an integer local that is reassigned (<see cref="IntAssign"/>): the value it holds at that point of the
/// forward pass. The reverse sweep restores it at each assignment it reverses, so a reversed statement reads the value
/// its forward statement read.
/// </summary>
internal sealed record IntMutable(int Id) : IntExpr;

/// <summary>
/// <c>condition ? whenTrue : whenFalse</c> of integers. The front end lets it read data only as the value of an
/// <see cref="IntAssign"/> (it is then evaluated in the forward pass alone).
/// </summary>
internal sealed record IntChoose(Condition Condition, IntExpr WhenTrue, IntExpr WhenFalse) : IntExpr;

/// <summary>
/// A constant table: a private static readonly int, float or double array of the layer's type, initialised with constants
/// and never written. <see cref="Name"/> is the field's fully qualified name (the generated code reads the user's array);
/// <see cref="Values"/> lets the front end fold constant indices and size loops over <c>table[i]</c>.
/// </summary>
internal sealed record ConstantTable(string Name, EquatableArray<double> Values);

/// <summary><c>table[index]</c> of an int table.</summary>
internal sealed record IntTableRead(ConstantTable Table, IntExpr Index) : IntExpr;

/// <summary>
/// <c>(int)value</c> of a real (truncation toward zero, as C#'s cast): an index computed from data, such as a lookup
/// table's segment <c>int k = (int)t;</c>. Its derivative is zero (piecewise constant). The front end lets it appear only
/// in the value of an <see cref="IntAssign"/>, which the forward pass alone evaluates (the reverse sweep restores the
/// local from the tape), so it never reads reals in a state the reverse sweep has not restored.
/// </summary>
internal sealed record IntFromReal(RealExpr Value) : IntExpr;

/// <summary>A real (float or double) expression.</summary>
internal abstract record RealExpr(RealType Type);

internal sealed record RealConstant(RealType Type, double Value) : RealExpr(Type);

/// <summary>A real local, by its id in <see cref="ForwardRowModel.Locals"/>.</summary>
internal sealed record RealLocal(RealType Type, int Id) : RealExpr(Type);

internal sealed record ElementRead(RealType Type, ArrayRef Array, IntExpr Index) : RealExpr(Type);

/// <summary>An integer converted to a real: a constant as far as derivatives go.</summary>
internal sealed record IntToReal(RealType Type, IntExpr Value) : RealExpr(Type);

internal sealed record RealNegate(RealType Type, RealExpr Operand) : RealExpr(Type);

internal sealed record RealBinary(RealType Type, RealOperator Operator, RealExpr Left, RealExpr Right) : RealExpr(Type);

internal sealed record MathCall(RealType Type, MathFunction Function, EquatableArray<RealExpr> Arguments) : RealExpr(Type);

/// <summary><c>table[index]</c> of a float or double table: a constant as far as derivatives go.</summary>
internal sealed record RealTableRead(RealType Type, ConstantTable Table, IntExpr Index) : RealExpr(Type);

/// <summary>
/// A read of a static float or double field that is not const (a temperature the training loop sets between epochs):
/// a run-time constant of the row, derivative 0. <see cref="Name"/> is the field's fully qualified name; the reverse
/// sweep reads the field again, so it must not change between a batch's Forward and Backward.
/// </summary>
internal sealed record RealStaticRead(RealType Type, string Name) : RealExpr(Type);

/// <summary>A conversion between float and double.</summary>
internal sealed record RealConvert(RealType Type, RealExpr Operand) : RealExpr(Type);

/// <summary><c>condition ? whenTrue : whenFalse</c>.</summary>
internal sealed record RealChoose(RealType Type, Condition Condition, RealExpr WhenTrue, RealExpr WhenFalse) : RealExpr(Type);

/// <summary>A boolean condition (of <c>if</c> or a ternary).</summary>
internal abstract record Condition;

internal sealed record RealCompare(CompareOperator Operator, RealExpr Left, RealExpr Right) : Condition;

internal sealed record IntCompare(CompareOperator Operator, IntExpr Left, IntExpr Right) : Condition;

internal sealed record BoolConstant(bool Value) : Condition;

internal sealed record Logical(bool IsAnd, Condition Left, Condition Right) : Condition;

internal sealed record Not(Condition Operand) : Condition;

/// <summary>A statement; <see cref="Source"/> is the user's text, quoted in the generated reverse sweep.</summary>
internal abstract record Statement(string Source);

/// <summary><c>local = value</c>; <see cref="IsDeclaration"/> for a declaration with an initialiser.</summary>
internal sealed record AssignLocal(string Source, int Local, RealExpr Value, bool IsDeclaration) : Statement(Source);

/// <summary><c>array[index] = value</c> (the output row or a local buffer).</summary>
internal sealed record AssignElement(string Source, ArrayRef Array, IntExpr Index, RealExpr Value) : Statement(Source);

/// <summary><c>int name = value;</c> an integer local that is never reassigned.</summary>
internal sealed record IntLet(string Source, int Id, IntExpr Value) : Statement(Source);

/// <summary>
/// <c>name = value</c> of an integer local that is reassigned somewhere (read through <see cref="IntMutable"/>);
/// <see cref="IsDeclaration"/> for its declaration. Such a local is declared once at the top of the generated method.
/// </summary>
internal sealed record IntAssign(string Source, int Id, IntExpr Value, bool IsDeclaration) : Statement(Source);

/// <summary>
/// <c>for (int v = start; v op bound; v += step)</c> with <paramref name="Step"/> ±1, the bound independent of <c>v</c>
/// and <c>v</c> not assigned in the body.
/// </summary>
internal sealed record ForLoop(string Source, int Variable, IntExpr Start, CompareOperator Operator, IntExpr Bound, int Step, EquatableArray<Statement> Body)
    : Statement(Source);

internal sealed record IfStatement(string Source, Condition Condition, EquatableArray<Statement> WhenTrue, EquatableArray<Statement> WhenFalse)
    : Statement(Source);

/// <summary>A real local: its (unique) name in generated code and its type.</summary>
internal sealed record LocalInfo(string Name, RealType Type);

/// <summary>A <c>stackalloc</c> buffer: its (unique) name, element type and compile-time length.</summary>
internal sealed record BufferInfo(string Name, RealType Type, int Length);

/// <summary>A learnable parameter span: its name and length.</summary>
internal sealed record ParameterInfo(string Name, int Length);

/// <summary>
/// One lowered ForwardRow: element type, row sizes, names, locals and the statement tree. Value-equal.
/// <see cref="OutputStartsAtZero"/>: the row may read <c>y</c> before writing it, so the body starts by clearing
/// <c>y</c> and the direct calls of the user's <c>ForwardRow</c> clear each output row first (every path agrees).
/// </summary>
internal sealed record ForwardRowModel(
    RealType ElementType,
    string InputName,
    string OutputName,
    int Inputs,
    int Outputs,
    EquatableArray<ParameterInfo> Parameters,
    EquatableArray<LocalInfo> Locals,
    EquatableArray<string> IntNames,
    EquatableArray<BufferInfo> Buffers,
    EquatableArray<Statement> Body,
    int TapeLength,
    bool OutputStartsAtZero = false);
