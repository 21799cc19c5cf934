<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AssignRoomDialog</name>
    <message>
        <source>Assign a room</source>
        <translation>分配房间</translation>
    </message>
    <message>
        <source>{guest} ({confirmation}), {type}, {arrival} to {departure}. Free rooms, ready ones first:</source>
        <translation>{guest}（{confirmation}），{type}，{arrival} 至 {departure}。可用房间（已就绪的在前）：</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>楼层</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>房型</translation>
    </message>
    <message>
        <source>Housekeeping</source>
        <comment>the room's cleaning state</comment>
        <translation>清扫状态</translation>
    </message>
    <message>
        <source>Show rooms of other types (a change of room type)</source>
        <translation>显示其他房型的房间（需更改房型）</translation>
    </message>
    <message>
        <source>No room of this type is free for all these nights.</source>
        <translation>此房型在这几晚没有全程空闲的房间。</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>分配</translation>
    </message>
</context>
<context>
    <name>AvailabilityPanel</name>
    <message>
        <source>All types</source>
        <translation>全部房型</translation>
    </message>
    <message>
        <source>{rooms} rooms − {ooo} out of order − {reserved} reserved − {in_house} in house = {free} free</source>
        <translation>{rooms} 间 − {ooo} 间维修房 − {reserved} 间已预订 − {in_house} 间在住 = {free} 间可售</translation>
    </message>
    <message numerus="yes">
        <source>%n night(s)</source>
        <translation>
            <numerusform>%n 晚</numerusform>
        </translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Rooms free per night</source>
        <translation>每晚可售房数</translation>
    </message>
    <message>
        <source>Double-click a cell to book that room type from that night.</source>
        <translation>双击单元格即可从该晚起预订该房型。</translation>
    </message>
</context>
<context>
    <name>BlockDialog</name>
    <message>
        <source>Set out of order</source>
        <translation>设为维修房</translation>
    </message>
    <message>
        <source>Set out of service</source>
        <translation>设为停用房</translation>
    </message>
    <message>
        <source>Rooms: {rooms}</source>
        <translation>房间：{rooms}</translation>
    </message>
    <message>
        <source>The selected rooms are removed from sale until the return date.</source>
        <translation>所选房间在恢复日期之前停止销售。</translation>
    </message>
    <message>
        <source>The selected rooms stay sellable; the problem shows on the board.</source>
        <translation>所选房间仍可销售；问题会显示在房态图上。</translation>
    </message>
    <message>
        <source>e.g. air conditioner leaking</source>
        <translation>例如：空调漏水</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>From</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Back on</source>
        <translation>恢复日期</translation>
    </message>
    <message>
        <source>Returns as</source>
        <translation>恢复后状态</translation>
    </message>
</context>
<context>
    <name>BookingForm</name>
    <message>
        <source>children</source>
        <translation>儿童</translation>
    </message>
    <message>
        <source>Booked by someone else</source>
        <translation>代他人预订</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>预订</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Clear the form for a new booking (Ctrl+N)</source>
        <translation>清空表单以新建预订（Ctrl+N）</translation>
    </message>
    <message>
        <source>Guest name</source>
        <translation>客人姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Adults</source>
        <translation>成人</translation>
    </message>
    <message>
        <source>Room type</source>
        <translation>房型</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>抵店日期</translation>
    </message>
    <message>
        <source>Nights</source>
        <translation>晚数</translation>
    </message>
    <message>
        <source>Rate per night</source>
        <translation>每晚房价</translation>
    </message>
    <message>
        <source>Guarantee</source>
        <translation>担保方式</translation>
    </message>
    <message>
        <source>Booker's name</source>
        <translation>预订人姓名</translation>
    </message>
    <message>
        <source>Booker's phone</source>
        <translation>预订人电话</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>预订渠道</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>New reservation</source>
        <translation>新预订</translation>
    </message>
    <message>
        <source>Reservation {confirmation}</source>
        <translation>预订 {confirmation}</translation>
    </message>
    <message>
        <source> · room {room}</source>
        <translation> · {room} 房</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>保存修改</translation>
    </message>
    <message>
        <source>Returning guest {name}: {reservations} reservations, {stays} stays</source>
        <translation>回头客 {name}：{reservations} 次预订，{stays} 次入住</translation>
    </message>
    <message>
        <source>; {cancelled} cancelled, {no_shows} no-show</source>
        <translation>；{cancelled} 次取消，{no_shows} 次未到</translation>
    </message>
    <message>
        <source>departs {date}</source>
        <translation>{date} 离店</translation>
    </message>
    <message>
        <source>Held until {time} on the arrival day, then released.</source>
        <translation>保留至抵店当天 {time}，之后释放。</translation>
    </message>
    <message>
        <source>Guaranteed: held all night; a no-show is charged.</source>
        <translation>担保预订：整晚保留；未到将收取费用。</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Password of {user}</source>
        <translation>{user} 的密码</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>当前密码</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>再次输入新密码</translation>
    </message>
    <message>
        <source>The two new passwords differ; type them again.</source>
        <translation>两次输入的新密码不一致，请重新输入。</translation>
    </message>
</context>
<context>
    <name>ChargeDialog</name>
    <message>
        <source>Post a charge</source>
        <translation>挂账消费</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>入账</translation>
    </message>
    <message>
        <source>Room {stay}. A discount is a credit; a correction may be negative.</source>
        <translation>{stay} 房。折扣记为减项；调整可以为负数。</translation>
    </message>
    <message>
        <source>e.g. 2 beers, 1 water</source>
        <translation>例如：啤酒 2 瓶、水 1 瓶</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>CheckInDialog</name>
    <message>
        <source>Walk-in</source>
        <translation>散客入住</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>入住</translation>
    </message>
    <message>
        <source>children</source>
        <translation>儿童</translation>
    </message>
    <message>
        <source>everyone else in the room, one name a line</source>
        <translation>同住的其他人，每行一个姓名</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>客人</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>ID type</source>
        <translation>证件类型</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>国籍</translation>
    </message>
    <message>
        <source>Adults</source>
        <translation>成人</translation>
    </message>
    <message>
        <source>Companions</source>
        <translation>同住人</translation>
    </message>
    <message>
        <source>Room and stay</source>
        <translation>房间与住店</translation>
    </message>
    <message>
        <source>Room type</source>
        <translation>房型</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>住店类型</translation>
    </message>
    <message>
        <source>Nights</source>
        <translation>晚数</translation>
    </message>
    <message>
        <source>Rate per night</source>
        <translation>每晚房价</translation>
    </message>
    <message>
        <source>slip or transaction number</source>
        <translation>签购单或交易号</translation>
    </message>
    <message>
        <source>No deposit: complimentary and house-use stays have none.</source>
        <translation>不收押金：免费房和自用房无需押金。</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>押金</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>凭证号</translation>
    </message>
    <message>
        <source>Walk-in guest</source>
        <translation>散客入住</translation>
    </message>
    <message>
        <source>Copy the name and number from the guest's document; everyone in the room is registered.</source>
        <translation>请照客人证件抄录姓名和号码；同住的每个人都要登记。</translation>
    </message>
    <message>
        <source>Check in {guest}</source>
        <translation>为 {guest} 办理入住</translation>
    </message>
    <message>
        <source>Reservation {confirmation} · {type} · {arrival} to {departure} · {nights} · {guarantee}</source>
        <translation>预订 {confirmation} · {type} · {arrival} 至 {departure} · {nights} · {guarantee}</translation>
    </message>
    <message numerus="yes">
        <source>%n night(s)</source>
        <translation>
            <numerusform>%n 晚</numerusform>
        </translation>
    </message>
    <message>
        <source>{nights}, departs {date}, as booked</source>
        <translation>{nights}，{date} 离店（按预订）</translation>
    </message>
    <message>
        <source>leaves today, {date}</source>
        <translation>今天 {date} 离店</translation>
    </message>
    <message>
        <source>departs {date}</source>
        <translation>{date} 离店</translation>
    </message>
    <message>
        <source>no charge</source>
        <translation>不收费</translation>
    </message>
    <message>
        <source>{rate} per night, as booked</source>
        <translation>每晚 {rate}（按预订）</translation>
    </message>
    <message>
        <source>Returning guest: {name}, {document} {id}, {nationality}. Check the number against the document.</source>
        <translation>回头客：{name}，{document} {id}，{nationality}。请对照证件核对号码。</translation>
    </message>
</context>
<context>
    <name>CheckOutDialog</name>
    <message>
        <source>{guest}, room {room}: arrived {arrival}, due out {departure}.</source>
        <translation>{guest}，{room} 房：{arrival} 抵店，预离 {departure}。</translation>
    </message>
    <message>
        <source>Leaving early: the nights from today are freed for sale.</source>
        <translation>提前退房：从今天起的房晚重新开放销售。</translation>
    </message>
    <message>
        <source>Check out room {room}</source>
        <translation>{room} 房结账</translation>
    </message>
    <message>
        <source>Check out</source>
        <translation>结账</translation>
    </message>
    <message>
        <source>Charges</source>
        <translation>消费合计</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>已付款</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>已退款</translation>
    </message>
    <message>
        <source>Deposit applied</source>
        <translation>押金已抵扣</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <source>Deposit held</source>
        <translation>押金余额</translation>
    </message>
    <message>
        <source>Deposit applied to the bill</source>
        <translation>押金抵扣账单</translation>
    </message>
    <message>
        <source>Deposit refunded</source>
        <translation>押金退还</translation>
    </message>
    <message>
        <source>Still due after the deposit</source>
        <translation>扣除押金后应收</translation>
    </message>
    <message>
        <source>slip, transaction or receipt number</source>
        <translation>签购单、交易号或收据号</translation>
    </message>
    <message>
        <source>Final payment</source>
        <translation>结账收款</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>凭证号</translation>
    </message>
    <message>
        <source>{amount} would still be owed: take it as the final payment.</source>
        <translation>仍欠 {amount}：请在结账时收取。</translation>
    </message>
    <message>
        <source>The guest is {amount} in credit: refund it first (Refund…), then check out.</source>
        <translation>客人多付 {amount}：请先退款（退款…），再结账。</translation>
    </message>
    <message>
        <source>That is {amount} more than the bill.</source>
        <translation>比账单多了 {amount}。</translation>
    </message>
    <message>
        <source>The bill comes to zero: the guest can check out.</source>
        <translation>账单已结平：可以结账离店。</translation>
    </message>
</context>
<context>
    <name>DepartureDialog</name>
    <message>
        <source>Change the departure</source>
        <translation>修改离店日期</translation>
    </message>
    <message>
        <source>Change departure</source>
        <translation>修改离店日期</translation>
    </message>
    <message>
        <source>{guest}, room {room}: arrived {arrival}, due out {departure} ({nights} nights).</source>
        <translation>{guest}，{room} 房：{arrival} 抵店，预离 {departure}（{nights} 晚）。</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>选填</translation>
    </message>
    <message>
        <source>New departure</source>
        <translation>新离店日期</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Extends the stay to {nights} nights; the room and its type must be free.</source>
        <translation>续住至共 {nights} 晚；该房间及房型须有空。</translation>
    </message>
    <message>
        <source>Shortens the stay to {nights} nights; the nights after are for sale at once.</source>
        <translation>缩短为共 {nights} 晚（提前退房）；之后的房晚立即重新开放销售。</translation>
    </message>
    <message>
        <source>The departure stays as it is.</source>
        <translation>离店日期不变。</translation>
    </message>
</context>
<context>
    <name>DeskApplication</name>
    <message>
        <source>Desk could not open its database: {reason}</source>
        <translation>Desk 无法打开数据库：{reason}</translation>
    </message>
    <message>
        <source>Something went wrong and the last action was not completed. Everything confirmed before it is saved. Details are in {log}.</source>
        <translation>出现错误，最后一个操作未完成。此前已确认的内容均已保存。详细信息见 {log}。</translation>
    </message>
</context>
<context>
    <name>ExtendHoldDialog</name>
    <message>
        <source>Extend the hold</source>
        <translation>延长保留时间</translation>
    </message>
    <message>
        <source>{guest} ({confirmation}) is held until {current}. A reservation gets one extension, to {latest} at the latest.</source>
        <translation>{guest}（{confirmation}）保留至 {current}。每个预订只能延长一次，最晚到 {latest}。</translation>
    </message>
    <message>
        <source>e.g. guest called: flight delayed</source>
        <translation>例如：客人来电，航班延误</translation>
    </message>
    <message>
        <source>Hold until</source>
        <translation>保留至</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Extend</source>
        <translation>延长</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>Welcome to Desk</source>
        <translation>欢迎使用 Desk</translation>
    </message>
    <message>
        <source>Set up my hotel</source>
        <translation>设置我的酒店</translation>
    </message>
    <message>
        <source>This database has no hotel yet.</source>
        <translation>此数据库中还没有酒店。</translation>
    </message>
    <message>
        <source>Database file: {path}</source>
        <translation>数据库文件：{path}</translation>
    </message>
    <message>
        <source>Database: {url}</source>
        <translation>数据库：{url}</translation>
    </message>
    <message>
        <source>Open the demo hotel (70 rooms, guests and history)</source>
        <translation>打开演示酒店（70 间客房，含住客和历史记录）</translation>
    </message>
    <message>
        <source>Log in as one of these users, all with the password {password}:</source>
        <translation>可用以下任一用户登录，密码均为 {password}：</translation>
    </message>
    <message>
        <source>A .csv file, one room a line</source>
        <translation>CSV 文件，每行一间房</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Columns, with this header line: number, floor, type_code, type_name, rate, capacity</source>
        <translation>首行为表头，各列依次为：number, floor, type_code, type_name, rate, capacity（房号、楼层、房型代码、房型名称、房价、可住人数）</translation>
    </message>
    <message>
        <source>Hotel name</source>
        <translation>酒店名称</translation>
    </message>
    <message>
        <source>Manager's user name</source>
        <translation>经理用户名</translation>
    </message>
    <message>
        <source>Manager's full name</source>
        <translation>经理姓名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>确认密码</translation>
    </message>
    <message>
        <source>Rooms file</source>
        <translation>客房文件</translation>
    </message>
    <message>
        <source>Open the demo hotel</source>
        <translation>打开演示酒店</translation>
    </message>
    <message>
        <source>Create my hotel</source>
        <translation>创建我的酒店</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>The two passwords differ; type them again.</source>
        <translation>两次输入的密码不一致，请重新输入。</translation>
    </message>
</context>
<context>
    <name>FrontDeskTab</name>
    <message>
        <source>Room</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>客人</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>房型</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>抵店日期</translation>
    </message>
    <message>
        <source>Room, guest name or confirmation number (Ctrl+F)</source>
        <translation>房号、客人姓名或确认号（Ctrl+F）</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>离店日期</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>押金</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>确认号</translation>
    </message>
    <message>
        <source>Nights</source>
        <translation>晚数</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>房价</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>抵店日期</translation>
    </message>
    <message>
        <source>Due out</source>
        <translation>预离日期</translation>
    </message>
    <message>
        <source>Check in…</source>
        <translation>入住…</translation>
    </message>
    <message>
        <source>Walk-in…</source>
        <translation>散客入住…</translation>
    </message>
    <message>
        <source>Post charge…</source>
        <translation>挂账消费…</translation>
    </message>
    <message>
        <source>Take payment…</source>
        <translation>收款…</translation>
    </message>
    <message>
        <source>Deposit…</source>
        <translation>押金…</translation>
    </message>
    <message>
        <source>Refund…</source>
        <translation>退款…</translation>
    </message>
    <message>
        <source>Reverse line…</source>
        <translation>冲账…</translation>
    </message>
    <message>
        <source>Move room…</source>
        <translation>换房…</translation>
    </message>
    <message>
        <source>Change departure…</source>
        <translation>续住/提前退房…</translation>
    </message>
    <message>
        <source>Check out…</source>
        <translation>结账…</translation>
    </message>
    <message>
        <source>Print receipt…</source>
        <translation>打印收据…</translation>
    </message>
    <message>
        <source>Show full ID…</source>
        <translation>查看完整证件号…</translation>
    </message>
    <message>
        <source>due out</source>
        <translation>今日预离</translation>
    </message>
    <message>
        <source>held until {time}</source>
        <translation>保留至 {time}</translation>
    </message>
    <message>
        <source>In house ({count})</source>
        <translation>在住（{count}）</translation>
    </message>
    <message>
        <source>Arrivals today ({count})</source>
        <translation>今日预抵（{count}）</translation>
    </message>
    <message>
        <source>Departures today ({count})</source>
        <translation>今日预离（{count}）</translation>
    </message>
    <message>
        <source>Choose an arrival</source>
        <translation>请选择预抵客人</translation>
    </message>
    <message>
        <source>Nobody is checked in to that room.</source>
        <translation>该房间没有在住客人。</translation>
    </message>
    <message>
        <source>{guest} is checked in to room {room} until {departure}.</source>
        <translation>{guest} 已入住 {room} 房，{departure} 离店。</translation>
    </message>
    <message>
        <source>Deposit held: {amount}.</source>
        <translation>押金余额：{amount}。</translation>
    </message>
    <message>
        <source>Posted to room {room}: {amount}. Balance {balance}.</source>
        <translation>已挂账到 {room} 房：{amount}。余额 {balance}。</translation>
    </message>
    <message>
        <source>Take a payment</source>
        <translation>收款</translation>
    </message>
    <message>
        <source>Take payment</source>
        <translation>收款</translation>
    </message>
    <message>
        <source>Room {room} · {guest}. Balance {balance}.</source>
        <translation>{room} 房 · {guest}。余额 {balance}。</translation>
    </message>
    <message>
        <source>Payment of {amount} taken for room {room}. Balance {balance}.</source>
        <translation>已为 {room} 房收款 {amount}。余额 {balance}。</translation>
    </message>
    <message>
        <source>Take a deposit</source>
        <translation>收押金</translation>
    </message>
    <message>
        <source>Take deposit</source>
        <translation>收押金</translation>
    </message>
    <message>
        <source>Room {room} · {guest}. Deposit held now: {held}. It is applied or refunded, the way it came, at check-out.</source>
        <translation>{room} 房 · {guest}。当前押金：{held}。结账时抵扣账单，余额按原支付方式退还。</translation>
    </message>
    <message>
        <source>Deposit of {amount} taken for room {room}.</source>
        <translation>已为 {room} 房收押金 {amount}。</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Pays back what the guest paid over the bill (in credit now: {credit}). Deposits are refunded at check-out.</source>
        <translation>退还客人超出账单多付的款项（当前多付：{credit}）。押金在结账时退还。</translation>
    </message>
    <message>
        <source>Refund of {amount} for room {room} recorded.</source>
        <translation>已为 {room} 房退款 {amount}。</translation>
    </message>
    <message>
        <source>Line reversed. Balance {balance}.</source>
        <translation>已冲账。余额 {balance}。</translation>
    </message>
    <message>
        <source>{guest} moved from room {old} to room {new}; room {old} is vacant dirty.</source>
        <translation>{guest} 已从 {old} 房换到 {new} 房；{old} 房为空脏房。</translation>
    </message>
    <message>
        <source>Room {room} now departs on {date}.</source>
        <translation>{room} 房现于 {date} 离店。</translation>
    </message>
    <message>
        <source>{guest} checked out of room {room}; the room is vacant dirty.</source>
        <translation>{guest} 已从 {room} 房结账离店；该房为空脏房。</translation>
    </message>
    <message>
        <source>Give back the deposit: {refunds}.</source>
        <translation>请退还押金：{refunds}。</translation>
    </message>
    <message>
        <source>Receipt saved: {path}</source>
        <translation>收据已保存：{path}</translation>
    </message>
    <message>
        <source>Full ID number</source>
        <translation>完整证件号码</translation>
    </message>
    <message>
        <source>{guest}
{document}: {number}</source>
        <translation>{guest}
{document}：{number}</translation>
    </message>
</context>
<context>
    <name>GuestFields</name>
    <message>
        <source>as on the ID</source>
        <translation>与证件一致</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History of room {room}</source>
        <translation>{room} 房历史记录</translation>
    </message>
    <message>
        <source>Room {room}</source>
        <translation>{room} 房</translation>
    </message>
    <message>
        <source>Cleaning status</source>
        <translation>清扫状态</translation>
    </message>
    <message>
        <source>Taken out</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Back in use</source>
        <translation>恢复使用</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>入住状态</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>From</source>
        <translation>原状态</translation>
    </message>
    <message>
        <source>To</source>
        <translation>新状态</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>No changes recorded yet.</source>
        <translation>尚无变更记录。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>HousekeepingReportDialog</name>
    <message>
        <source>Housekeeping report</source>
        <translation>客房部房态报告</translation>
    </message>
    <message>
        <source>Tick every room housekeeping found occupied (luggage, guest or bed slept in). Unticked rooms are reported vacant. Desk then lists where the front office disagrees.</source>
        <translation>勾选客房部查到有人住的房间（有行李、有客人或床已睡过）。未勾选的房间记为空房。随后 Desk 会列出与前台记录不符的房间。</translation>
    </message>
    <message>
        <source>All floors</source>
        <translation>全部楼层</translation>
    </message>
    <message>
        <source>Floor {floor}</source>
        <translation>{floor} 层</translation>
    </message>
    <message>
        <source>Found occupied</source>
        <translation>查到有人住</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房号</translation>
    </message>
    <message numerus="yes">
        <source>Report for {date} · {floor}: %n room(s)</source>
        <translation>
            <numerusform>{date} 报告 · {floor}：共 %n 间</numerusform>
        </translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>楼层</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>房型</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>备注（可选）</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>保存报告</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Desk: log in</source>
        <translation>Desk：登录</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Desk</translation>
    </message>
    <message>
        <source>Locked by {user}. Log in to continue, or as another user to switch.</source>
        <translation>已由 {user} 锁定。请登录以继续，或以其他用户登录以切换。</translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation>前台</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>正在打开数据库…</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>请输入用户名。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Room status</source>
        <translation>房态</translation>
    </message>
    <message>
        <source>Reservations</source>
        <translation>预订</translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation>前台</translation>
    </message>
    <message>
        <source>Locked. Log in to continue.</source>
        <translation>已锁定。请登录以继续。</translation>
    </message>
    <message>
        <source>&amp;Desk</source>
        <translation>Desk(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Lock / switch user</source>
        <translation>锁定 / 切换用户(&amp;L)</translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation>修改我的密码(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>用户管理(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>{name} ({role})</source>
        <translation>{name}（{role}）</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>{hotel} · Desk</source>
        <translation>{hotel} · Desk</translation>
    </message>
    <message>
        <source>Business date: {date}</source>
        <translation>营业日期：{date}</translation>
    </message>
    <message>
        <source>Offline: the database cannot be reached</source>
        <translation>离线：无法连接数据库</translation>
    </message>
</context>
<context>
    <name>MoneyDialog</name>
    <message>
        <source>slip, transaction or receipt number</source>
        <translation>签购单、交易号或收据号</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>凭证号</translation>
    </message>
</context>
<context>
    <name>MoveRoomDialog</name>
    <message>
        <source>Move to another room</source>
        <translation>换房</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>换房</translation>
    </message>
    <message>
        <source>{guest} is in room {room} ({type}) until {departure}. The folio moves with the guest; room {room} becomes vacant dirty.</source>
        <translation>{guest} 住在 {room} 房（{type}），{departure} 离店。账单随客人转移；{room} 房将变为空脏房。</translation>
    </message>
    <message>
        <source>e.g. air conditioner noisy</source>
        <translation>例如：空调噪音大</translation>
    </message>
    <message>
        <source>New room</source>
        <translation>新房号</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>NewUserDialog</name>
    <message>
        <source>New user</source>
        <translation>新建用户</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
</context>
<context>
    <name>Ops</name>
    <message>
        <source>Another workstation was changing the same records at that moment; nothing was saved. Try again.</source>
        <translation>另一台工作站正在同时修改相同的记录；本次未保存任何内容。请重试。</translation>
    </message>
    <message>
        <source>Someone else changed this record at the same moment; nothing of yours was saved. Look at it again and repeat your change.</source>
        <translation>其他人同时修改了这条记录，您的修改未保存。请重新查看后再修改一次。</translation>
    </message>
    <message>
        <source>The database could not be reached; nothing was saved. ({detail})</source>
        <translation>无法连接数据库，未保存任何内容。（{detail}）</translation>
    </message>
</context>
<context>
    <name>ProposalsDialog</name>
    <message>
        <source>Assign rooms to today's arrivals</source>
        <translation>为今日预抵分配房间</translation>
    </message>
    <message>
        <source>Ready rooms of the booked type come first. Untick any you want to choose yourself.</source>
        <translation>所订房型中已就绪的房间排在前面。要自己挑选的，请取消勾选。</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>分配</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>客人</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>确认号</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>房型</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>none free</source>
        <translation>无空房</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>已就绪</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>to be cleaned</source>
        <translation>待清扫</translation>
    </message>
    <message>
        <source>Assign ticked rooms</source>
        <translation>分配已勾选的房间</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <source>Receipt · room {room} · {guest}</source>
        <translation>收据 · {room} 房 · {guest}</translation>
    </message>
    <message>
        <source>Save as PDF writes it to {folder}.</source>
        <translation>“保存为 PDF”会保存到 {folder}。</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>保存为 PDF</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>已保存：{path}</translation>
    </message>
</context>
<context>
    <name>ReceiptWriter</name>
    <message>
        <source>{item}, room {room}, night of {date}</source>
        <translation>{item}，{room} 房，{date} 晚</translation>
    </message>
    <message>
        <source>Reversal of: {item}</source>
        <translation>冲账：{item}</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>证件</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>客人</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>抵店日期</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>确认号</translation>
    </message>
    <message>
        <source>walk-in</source>
        <translation>散客</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>离店日期</translation>
    </message>
    <message>
        <source>Rate per night</source>
        <translation>每晚房价</translation>
    </message>
    <message>
        <source>Nights</source>
        <translation>晚数</translation>
    </message>
    <message>
        <source> (reversed)</source>
        <translation>（已冲账）</translation>
    </message>
    <message>
        <source>Charges</source>
        <translation>消费合计</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>已付款</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>已退款</translation>
    </message>
    <message>
        <source>Deposits taken</source>
        <translation>已收押金</translation>
    </message>
    <message>
        <source>Deposit applied</source>
        <translation>押金抵扣</translation>
    </message>
    <message>
        <source>Deposit refunded ({method})</source>
        <translation>押金退还（{method}）</translation>
    </message>
    <message>
        <source>Deposit held</source>
        <translation>押金余额</translation>
    </message>
    <message>
        <source>Balance due</source>
        <translation>应付余额</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <source>Checked out</source>
        <translation>已结账离店</translation>
    </message>
    <message>
        <source>In house (interim bill)</source>
        <translation>在住（中间账单）</translation>
    </message>
    <message>
        <source>RECEIPT</source>
        <translation>收据</translation>
    </message>
    <message>
        <source>No. {number}</source>
        <translation>编号 {number}</translation>
    </message>
    <message>
        <source>Receipt date {date} · {status}</source>
        <translation>收据日期 {date} · {status}</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>凭证号</translation>
    </message>
    <message>
        <source>Amount ({currency})</source>
        <translation>金额（{currency}）</translation>
    </message>
    <message>
        <source>Clerk: {name}</source>
        <translation>经办人：{name}</translation>
    </message>
    <message>
        <source>Printed {time}</source>
        <translation>打印时间 {time}</translation>
    </message>
    <message>
        <source>Guest's signature:</source>
        <translation>客人签字：</translation>
    </message>
    <message>
        <source>Thank you for staying with us.</source>
        <translation>感谢您的光临。</translation>
    </message>
</context>
<context>
    <name>ReservationsTab</name>
    <message>
        <source>Confirmation</source>
        <translation>确认号</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>客人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>房型</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>抵店日期</translation>
    </message>
    <message>
        <source>Nights</source>
        <translation>晚数</translation>
    </message>
    <message>
        <source>Guarantee</source>
        <translation>担保方式</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>抵店日期</translation>
    </message>
    <message>
        <source>Due out</source>
        <translation>预离日期</translation>
    </message>
    <message>
        <source>Name, phone or confirmation number</source>
        <translation>姓名、电话或确认号</translation>
    </message>
    <message>
        <source>any date</source>
        <translation>任意日期</translation>
    </message>
    <message>
        <source>in house on</source>
        <translation>在住日期</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Assign room…</source>
        <translation>分配房间…</translation>
    </message>
    <message>
        <source>Unassign room</source>
        <translation>取消分配房间</translation>
    </message>
    <message>
        <source>Cancel reservation…</source>
        <translation>取消预订…</translation>
    </message>
    <message>
        <source>Extend hold…</source>
        <translation>延长保留时间…</translation>
    </message>
    <message>
        <source>Assign today's arrivals…</source>
        <translation>分配今日预抵…</translation>
    </message>
    <message>
        <source>Release passed holds</source>
        <translation>释放已过保留时间的预订</translation>
    </message>
    <message>
        <source>held until {time}</source>
        <translation>保留至 {time}</translation>
    </message>
    <message>
        <source> (extended)</source>
        <translation>（已延长）</translation>
    </message>
    <message>
        <source>Arrivals today ({count})</source>
        <translation>今日预抵（{count}）</translation>
    </message>
    <message>
        <source>Arrivals tomorrow ({count})</source>
        <translation>明日预抵（{count}）</translation>
    </message>
    <message>
        <source>Departures today ({count})</source>
        <translation>今日预离（{count}）</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>已预订</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <source>{verb}: {confirmation} for {guest}, {type}, {arrival}, {nights} night(s). Give the guest the confirmation number {confirmation}.</source>
        <translation>{verb}：{guest} 的预订 {confirmation}，{type}，{arrival} 起 {nights} 晚。请把确认号 {confirmation} 告诉客人。</translation>
    </message>
    <message>
        <source>Overbook?</source>
        <translation>超额预订？</translation>
    </message>
    <message>
        <source>Overbook</source>
        <translation>超额预订</translation>
    </message>
    <message>
        <source>As a manager you may sell it anyway. Give the reason; it is recorded.</source>
        <translation>作为经理，您仍可出售。请填写原因，系统会记录。</translation>
    </message>
    <message>
        <source>Cancel reservation {confirmation}</source>
        <translation>取消预订 {confirmation}</translation>
    </message>
    <message>
        <source>Cancel reservation</source>
        <translation>取消预订</translation>
    </message>
    <message>
        <source>{guest}, {type}, {arrival}, {nights} night(s). The room is free again at once.</source>
        <translation>{guest}，{type}，{arrival} 起 {nights} 晚。房间将立即释放。</translation>
    </message>
    <message>
        <source>Reservation {confirmation} cancelled.</source>
        <translation>预订 {confirmation} 已取消。</translation>
    </message>
    <message>
        <source>{confirmation} is held until {time}.</source>
        <translation>{confirmation} 保留至 {time}。</translation>
    </message>
    <message>
        <source>{guest} ({confirmation}) gets room {room}.</source>
        <translation>{guest}（{confirmation}）已分配 {room} 房。</translation>
    </message>
    <message>
        <source>Room {room} is no longer held for {confirmation}.</source>
        <translation>{room} 房已不再为 {confirmation} 保留。</translation>
    </message>
    <message>
        <source>Every arrival of today has a room.</source>
        <translation>今日所有预抵都已分配房间。</translation>
    </message>
    <message>
        <source>Rooms assigned: {rooms}.</source>
        <translation>已分配房间：{rooms}。</translation>
    </message>
    <message>
        <source>Released as no-shows: {list}.</source>
        <translation>已按未到释放：{list}。</translation>
    </message>
    <message>
        <source>No hold has passed.</source>
        <translation>没有已过保留时间的预订。</translation>
    </message>
</context>
<context>
    <name>RevealReasonDialog</name>
    <message>
        <source>Show the full ID number</source>
        <translation>查看完整证件号码</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>查看</translation>
    </message>
    <message>
        <source>The full ID number of {guest} is shown once; your name and the reason are recorded.</source>
        <translation>{guest} 的完整证件号码只显示一次；您的姓名和原因将被记录。</translation>
    </message>
    <message>
        <source>e.g. police registration check</source>
        <translation>例如：公安登记核查</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>ReverseDialog</name>
    <message>
        <source>Reverse a folio line</source>
        <translation>冲账</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>冲账</translation>
    </message>
    <message>
        <source>{kind} {what} of {amount} on {date} by {clerk}{description}. A line of the opposite amount cancels it; both stay on the folio.</source>
        <translation>{date} 由 {clerk} 入账的{kind}（{what}）{amount}{description}。将记一笔金额相反的冲账抵销；两笔都保留在账单上。</translation>
    </message>
    <message>
        <source>e.g. posted to the wrong room</source>
        <translation>例如：入错房间</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>RoomPanel</name>
    <message>
        <source>Type</source>
        <translation>房型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>房态</translation>
    </message>
    <message>
        <source>Housekeeping</source>
        <comment>the room's cleaning state</comment>
        <translation>清扫状态</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>住客</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Mark clean</source>
        <translation>标为干净</translation>
    </message>
    <message>
        <source>Mark inspected</source>
        <translation>标为已检查</translation>
    </message>
    <message>
        <source>Mark dirty</source>
        <translation>标为脏房</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>历史记录…</translation>
    </message>
    <message>
        <source>Out of order…</source>
        <translation>设为维修房…</translation>
    </message>
    <message>
        <source>Out of service…</source>
        <translation>设为停用房…</translation>
    </message>
    <message>
        <source>Back in use</source>
        <translation>恢复使用</translation>
    </message>
    <message>
        <source>Check in…</source>
        <translation>入住…</translation>
    </message>
    <message>
        <source>Check out…</source>
        <translation>结账…</translation>
    </message>
    <message>
        <source>SKIP</source>
        <translation>走单</translation>
    </message>
    <message>
        <source>SLEEP</source>
        <translation>空房有人</translation>
    </message>
    <message>
        <source>Skip: front office occupied, housekeeping vacant</source>
        <translation>走单：前台为住房，客房部查为空房</translation>
    </message>
    <message>
        <source>Sleep: front office vacant, housekeeping occupied</source>
        <translation>空房有人：前台为空房，客房部查为有人住</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>差异类型</translation>
    </message>
    <message>
        <source>Front office</source>
        <translation>前台</translation>
    </message>
    <message>
        <source>occupied</source>
        <translation>住房</translation>
    </message>
    <message>
        <source>vacant</source>
        <translation>空房</translation>
    </message>
    <message>
        <source>Housekeeping</source>
        <translation>客房部</translation>
    </message>
    <message>
        <source>Click a row to select its room on the board.</source>
        <translation>单击一行即可在房态图上选中该房间。</translation>
    </message>
    <message>
        <source>None: the last report agrees with the front office.</source>
        <translation>无：最近一次客房部房态报告与前台一致。</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>图例</translation>
    </message>
    <message>
        <source>Out of service; right: its occupancy and cleaning state</source>
        <translation>停用房；右侧为该房的住客与清扫状态</translation>
    </message>
    <message>
        <source>DUE OUT</source>
        <translation>预离</translation>
    </message>
    <message>
        <source>Guest leaves today</source>
        <translation>住客今日离店</translation>
    </message>
    <message>
        <source>ARR</source>
        <translation>预抵</translation>
    </message>
    <message>
        <source>Arrival assigned to the room</source>
        <translation>已为预抵客人排此房</translation>
    </message>
    <message>
        <source>Housekeeping found it vacant</source>
        <translation>客房部查为空房</translation>
    </message>
    <message>
        <source>Housekeeping found it occupied</source>
        <translation>客房部查为有人住</translation>
    </message>
    <message>
        <source>All discrepancies ({count})</source>
        <translation>全部房态差异（{count}）</translation>
    </message>
    <message>
        <source>{count} rooms selected</source>
        <translation>已选 {count} 间</translation>
    </message>
    <message>
        <source>Select a room (Ctrl or Shift for several)</source>
        <translation>请选择房间（按住 Ctrl 或 Shift 可多选）</translation>
    </message>
    <message>
        <source>Room {room}</source>
        <translation>{room} 房</translation>
    </message>
    <message>
        <source>{guest} (due out today)</source>
        <translation>{guest}（今日预离）</translation>
    </message>
    <message>
        <source>arriving: {guest}</source>
        <translation>预抵：{guest}</translation>
    </message>
    <message>
        <source>{reason}; back on {date}</source>
        <translation>{reason}；{date} 恢复</translation>
    </message>
</context>
<context>
    <name>RoomPicker</name>
    <message>
        <source>room number</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Ready rooms are listed; type any other number.</source>
        <translation>列出的是可入住的房间；也可输入其他房号。</translation>
    </message>
    <message>
        <source>There is no room {room}.</source>
        <translation>没有 {room} 房。</translation>
    </message>
    <message>
        <source>{code} · {name} · {state}</source>
        <translation>{code} · {name} · {state}</translation>
    </message>
</context>
<context>
    <name>RoomStatusTab</name>
    <message>
        <source>Floor {floor} · {rooms} rooms</source>
        <translation>{floor} 层 · {rooms} 间</translation>
    </message>
    <message>
        <source>DUE OUT</source>
        <translation>预离</translation>
    </message>
    <message>
        <source>ARR</source>
        <translation>预抵</translation>
    </message>
    <message>
        <source>SKIP</source>
        <translation>走单</translation>
    </message>
    <message>
        <source>SLEEP</source>
        <translation>空房有人</translation>
    </message>
    <message>
        <source>Go to room…</source>
        <translation>转到房号…</translation>
    </message>
    <message>
        <source>Housekeeping report…</source>
        <translation>客房部房态报告…</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>楼层</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>房型</translation>
    </message>
    <message>
        <source>Due out</source>
        <translation>预离</translation>
    </message>
    <message>
        <source>Arrivals</source>
        <translation>预抵</translation>
    </message>
    <message>
        <source>Discrepancies</source>
        <translation>房态差异</translation>
    </message>
    <message>
        <source>Arrival assigned</source>
        <translation>已排预抵</translation>
    </message>
    <message>
        <source>Discrepancy</source>
        <translation>房态差异</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>显示全部</translation>
    </message>
    <message>
        <source>Shortcut: {key}</source>
        <translation>快捷键：{key}</translation>
    </message>
    <message>
        <source>All floors</source>
        <translation>全部楼层</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>全部房型</translation>
    </message>
    <message>
        <source>{shown} of {total} rooms shown</source>
        <translation>显示 {shown} / {total} 间</translation>
    </message>
    <message numerus="yes">
        <source>Marked %n room(s) {state}: {rooms}.</source>
        <translation>
            <numerusform>已将 %n 间房标为{state}：{rooms}。</numerusform>
        </translation>
    </message>
    <message>
        <source>Already {state}: {rooms}.</source>
        <translation>已是{state}：{rooms}。</translation>
    </message>
    <message>
        <source>Rooms {rooms}: {what} until {date}.</source>
        <translation>房间 {rooms}：{what}，至 {date}。</translation>
    </message>
    <message>
        <source>Back in use: {rooms}.</source>
        <translation>已恢复使用：{rooms}。</translation>
    </message>
    <message numerus="yes">
        <source>Housekeeping report saved: %n discrepancy(ies) to check.</source>
        <translation>
            <numerusform>客房部房态报告已保存：有 %n 处房态差异需要核对。</numerusform>
        </translation>
    </message>
    <message>
        <source>Housekeeping report saved: it agrees with the front office.</source>
        <translation>客房部房态报告已保存：与前台记录一致。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>The language of this workstation; the window reopens in it.</source>
        <translation>本工作站的界面语言；窗口将以该语言重新打开。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
</context>
<context>
    <name>StayPanel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Type / method</source>
        <translation>项目/方式</translation>
    </message>
    <message>
        <source>Description / reference</source>
        <translation>说明/凭证号</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Folio</source>
        <translation>账单</translation>
    </message>
    <message>
        <source>reversal: {reason}</source>
        <translation>冲账：{reason}</translation>
    </message>
    <message>
        <source> (reversed)</source>
        <translation>（已冲账）</translation>
    </message>
    <message>
        <source>Choose a guest</source>
        <translation>请选择客人</translation>
    </message>
    <message>
        <source>Pick a guest in house, an arrival or a departure on the left, or type a room number or name in the search box (Ctrl+F).</source>
        <translation>在左侧选择在住、预抵或预离的客人，或在搜索框（Ctrl+F）中输入房号或姓名。</translation>
    </message>
    <message>
        <source>Checked out</source>
        <translation>已结账离店</translation>
    </message>
    <message>
        <source>In house · due out today</source>
        <translation>在住 · 今日预离</translation>
    </message>
    <message>
        <source>In house</source>
        <translation>在住</translation>
    </message>
    <message>
        <source>Room {room} · {guest}</source>
        <translation>{room} 房 · {guest}</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>客人</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>证件</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>国籍</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>In the room</source>
        <translation>同住</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房间</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Nights</source>
        <translation>晚数</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>房价</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>确认号</translation>
    </message>
    <message>
        <source>walk-in</source>
        <translation>散客</translation>
    </message>
    <message>
        <source>Charges {amount}</source>
        <translation>消费 {amount}</translation>
    </message>
    <message>
        <source>Paid {amount}</source>
        <translation>已付 {amount}</translation>
    </message>
    <message>
        <source>Balance {amount}</source>
        <translation>余额 {amount}</translation>
    </message>
    <message>
        <source>Deposit held {amount}</source>
        <translation>押金余额 {amount}</translation>
    </message>
    <message>
        <source>Arrival · {guest}</source>
        <translation>预抵 · {guest}</translation>
    </message>
    <message>
        <source>Enter or Ctrl+I checks the guest in</source>
        <translation>按 Enter 或 Ctrl+I 办理入住</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Guarantee</source>
        <translation>担保方式</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message numerus="yes">
        <source>%n adult(s)</source>
        <translation>
            <numerusform>%n 位成人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren)</source>
        <translation>
            <numerusform>%n 位儿童</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Deactivate / reactivate</source>
        <translation>停用 / 启用</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>重置密码…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>User added.</source>
        <translation>已添加用户。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Unlocked.</source>
        <translation>已解锁。</translation>
    </message>
</context>
<context>
    <name>desk</name>
    <message>
        <source>Wrong user name or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>The account {user} is deactivated. Ask a manager.</source>
        <translation>账号 {user} 已停用，请联系经理。</translation>
    </message>
    <message>
        <source>Too many wrong passwords: {user} is locked for {minutes} more minutes, or until a manager unlocks it.</source>
        <translation>密码错误次数过多：{user} 还将锁定 {minutes} 分钟，或由经理解锁。</translation>
    </message>
    <message>
        <source>Too many wrong passwords: {user} is locked for {minutes} minutes, or until a manager unlocks it.</source>
        <translation>密码错误次数过多：{user} 已锁定 {minutes} 分钟，或由经理解锁。</translation>
    </message>
    <message>
        <source>The password must have at least {count} characters.</source>
        <translation>密码至少需要 {count} 个字符。</translation>
    </message>
    <message>
        <source>the user name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>A user name may contain only letters, digits, '.', '-' and '_'.</source>
        <translation>用户名只能包含字母、数字以及 '.'、'-' 和 '_'。</translation>
    </message>
    <message>
        <source>The user name {user} is taken.</source>
        <translation>用户名 {user} 已被使用。</translation>
    </message>
    <message>
        <source>the full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>This hotel already has accounts; log in as a manager.</source>
        <translation>本酒店已有账号，请以经理身份登录。</translation>
    </message>
    <message>
        <source>That user no longer exists.</source>
        <translation>该用户已不存在。</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account.</source>
        <translation>不能停用自己的账号。</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>当前密码错误。</translation>
    </message>
    <message>
        <source>This database already has a hotel.</source>
        <translation>此数据库中已有酒店。</translation>
    </message>
    <message>
        <source>the hotel name</source>
        <translation>酒店名称</translation>
    </message>
    <message>
        <source>Room type {code} needs a rate of 0 or more and a capacity of at least 1.</source>
        <translation>房型 {code} 的房价不能为负，可住人数至少为 1。</translation>
    </message>
    <message>
        <source>the room number</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Room {room} appears twice; each room number once.</source>
        <translation>房号 {room} 出现了两次，每个房号只能出现一次。</translation>
    </message>
    <message>
        <source>Room {room} names an unknown room type {code}.</source>
        <translation>房间 {room} 使用了未知房型 {code}。</translation>
    </message>
    <message>
        <source>Line {line} of the rooms file has no {columns}.</source>
        <translation>客房文件第 {line} 行缺少：{columns}。</translation>
    </message>
    <message>
        <source>Line {line} of the rooms file is not valid: {problem}</source>
        <translation>客房文件第 {line} 行无效：{problem}</translation>
    </message>
    <message>
        <source>Line {line} of the rooms file gives room type {code} another name, rate or capacity than an earlier line.</source>
        <translation>客房文件第 {line} 行中房型 {code} 的名称、房价或可住人数与前面的行不一致。</translation>
    </message>
    <message>
        <source>This database was written by a newer version of Desk (schema {revision}); update Desk on this workstation.</source>
        <translation>此数据库由更新版本的 Desk 写入（结构版本 {revision}），请在本工作站升级 Desk。</translation>
    </message>
    <message>
        <source>mark rooms clean</source>
        <translation>将房间标为干净</translation>
    </message>
    <message>
        <source>mark rooms dirty</source>
        <translation>将房间标为脏房</translation>
    </message>
    <message>
        <source>mark rooms inspected</source>
        <translation>将房间标为已检查</translation>
    </message>
    <message>
        <source>take rooms out of order or out of service</source>
        <translation>将房间设为维修房或停用房</translation>
    </message>
    <message>
        <source>enter the housekeeping report</source>
        <translation>录入客房部房态报告</translation>
    </message>
    <message>
        <source>work the front desk</source>
        <translation>办理前台业务</translation>
    </message>
    <message>
        <source>overbook</source>
        <translation>超额预订</translation>
    </message>
    <message>
        <source>extend a reservation's hold</source>
        <translation>延长预订的保留时间</translation>
    </message>
    <message>
        <source>give a rate below the clerk's limit</source>
        <translation>给出低于前台权限的房价</translation>
    </message>
    <message>
        <source>post a discount or reversal above the clerk's limit</source>
        <translation>过超出前台权限的折扣或冲账</translation>
    </message>
    <message>
        <source>see a guest's full ID number</source>
        <translation>查看客人完整证件号码</translation>
    </message>
    <message>
        <source>manage users</source>
        <translation>管理用户</translation>
    </message>
    <message>
        <source>change the hotel settings</source>
        <translation>修改酒店设置</translation>
    </message>
    <message>
        <source>Front-desk clerk</source>
        <translation>前台接待</translation>
    </message>
    <message>
        <source>Housekeeping lead</source>
        <translation>客房部主管</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>经理</translation>
    </message>
    <message>
        <source>{user} ({role}) may not {action}. Ask a manager.</source>
        <translation>{user}（{role}）无权{action}，请联系经理。</translation>
    </message>
    <message>
        <source>Vacant inspected</source>
        <translation>已检查空房</translation>
    </message>
    <message>
        <source>Vacant clean</source>
        <translation>空净房</translation>
    </message>
    <message>
        <source>Vacant dirty</source>
        <translation>空脏房</translation>
    </message>
    <message>
        <source>Occupied clean</source>
        <translation>住净房</translation>
    </message>
    <message>
        <source>Occupied dirty</source>
        <translation>住脏房</translation>
    </message>
    <message>
        <source>Out of order</source>
        <translation>维修房</translation>
    </message>
    <message>
        <source>Out of service</source>
        <translation>停用房</translation>
    </message>
    <message>
        <source>dirty</source>
        <translation>脏房</translation>
    </message>
    <message>
        <source>clean</source>
        <translation>干净</translation>
    </message>
    <message>
        <source>inspected</source>
        <translation>已检查</translation>
    </message>
    <message>
        <source>The report has no rooms; tick what housekeeping found.</source>
        <translation>报告中没有房间，请勾选客房部查到的情况。</translation>
    </message>
    <message>
        <source>the note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Select at least one room first.</source>
        <translation>请先选择至少一个房间。</translation>
    </message>
    <message>
        <source>A selected room no longer exists; refresh the board.</source>
        <translation>所选房间已不存在，请刷新房态图。</translation>
    </message>
    <message>
        <source>Choose a room type.</source>
        <translation>请选择房型。</translation>
    </message>
    <message>
        <source>Resident ID card</source>
        <translation>居民身份证</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>护照</translation>
    </message>
    <message>
        <source>Hong Kong/Macau permit</source>
        <translation>港澳通行证</translation>
    </message>
    <message>
        <source>Taiwan permit</source>
        <translation>台湾通行证</translation>
    </message>
    <message>
        <source>Other document</source>
        <translation>其他证件</translation>
    </message>
    <message>
        <source>the ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>{number} does not look like a {document} number; check it against the document.</source>
        <translation>{number} 不像是{document}号码，请对照证件核对。</translation>
    </message>
    <message>
        <source>The resident ID {number} has {length} characters; a resident ID has 18.</source>
        <translation>身份证号 {number} 有 {length} 位；身份证号应为 18 位。</translation>
    </message>
    <message>
        <source>The resident ID {number} is not valid: 17 digits and a last digit or X.</source>
        <translation>身份证号 {number} 无效：应为 17 位数字加最后一位数字或 X。</translation>
    </message>
    <message>
        <source>The resident ID {number} is not valid: it does not start with a province code. Check the first digits against the card.</source>
        <translation>身份证号 {number} 无效：开头不是省份代码。请对照证件核对前几位。</translation>
    </message>
    <message>
        <source>The resident ID {number} is not valid: digits 7 to 14 are not a possible birth date. Check them against the card.</source>
        <translation>身份证号 {number} 无效：第 7 至 14 位不是有效的出生日期。请对照证件核对。</translation>
    </message>
    <message>
        <source>The resident ID {number} is not valid: the last character does not match the others. Check each digit against the card.</source>
        <translation>身份证号 {number} 无效：最后一位校验码与前面的数字不符。请对照证件逐位核对。</translation>
    </message>
    <message>
        <source>the guest's name</source>
        <translation>客人姓名</translation>
    </message>
    <message>
        <source>Write the guest's real name, as on their ID.</source>
        <translation>请填写客人的真实姓名，与证件一致。</translation>
    </message>
    <message>
        <source>the guest's phone</source>
        <translation>客人电话</translation>
    </message>
    <message>
        <source>the nationality</source>
        <translation>国籍</translation>
    </message>
    <message>
        <source>Give the nationality as a three-letter code, such as CHN, HKG, USA.</source>
        <translation>国籍请填三位字母代码，如 CHN、HKG、USA。</translation>
    </message>
    <message>
        <source>A resident ID card belongs to a Chinese citizen: the nationality is CHN.</source>
        <translation>居民身份证持有人为中国公民：国籍应为 CHN。</translation>
    </message>
    <message>
        <source>Adults</source>
        <translation>成人数</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>儿童数</translation>
    </message>
    <message>
        <source>The room sleeps {capacity}; {party} people need a larger room or a second one.</source>
        <translation>该房间最多住 {capacity} 人；{party} 人需要更大的房间或再开一间。</translation>
    </message>
    <message>
        <source>a companion's name</source>
        <translation>同住人姓名</translation>
    </message>
    <message>
        <source>More names than people in the room: {count} people were registered.</source>
        <translation>姓名比入住人数多：登记的入住人数为 {count} 人。</translation>
    </message>
    <message>
        <source>A {type} room sleeps {capacity}; for {party} people book a larger room type or a second room.</source>
        <translation>{type} 最多可住 {capacity} 人；{party} 人请预订更大的房型或再订一间。</translation>
    </message>
    <message>
        <source>The arrival cannot be before the business date {date}.</source>
        <translation>抵店日期不能早于营业日期 {date}。</translation>
    </message>
    <message>
        <source>Desk takes bookings up to two years ahead; check the arrival date.</source>
        <translation>Desk 最多接受两年内的预订，请检查抵店日期。</translation>
    </message>
    <message>
        <source>The departure must be at least one night after the arrival.</source>
        <translation>离店日期至少要比抵店日期晚一晚。</translation>
    </message>
    <message>
        <source>A reservation can be at most {nights} nights; split a longer stay.</source>
        <translation>一个预订最多 {nights} 晚；更长的住宿请拆分预订。</translation>
    </message>
    <message>
        <source>the booker's name</source>
        <translation>预订人姓名</translation>
    </message>
    <message>
        <source>the booker's phone</source>
        <translation>预订人电话</translation>
    </message>
    <message>
        <source>Fill in the booker's name with their phone.</source>
        <translation>填写预订人电话时，请同时填写预订人姓名。</translation>
    </message>
    <message>
        <source>the notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>The rate must be an amount such as 388.00.</source>
        <translation>房价须为金额，例如 388.00。</translation>
    </message>
    <message>
        <source>The rate must be an amount from 0 to 99,999.99.</source>
        <translation>房价须在 0 至 99,999.99 之间。</translation>
    </message>
    <message>
        <source>A rate below {floor} for {type} ({limit}% under {rate}) needs a manager.</source>
        <translation>{type} 的房价低于 {floor}（比 {rate} 低 {limit}% 以上）需要经理批准。</translation>
    </message>
    <message>
        <source>the reason for overbooking</source>
        <translation>超额预订的原因</translation>
    </message>
    <message>
        <source>{type} is full on {nights}. Offer another room type or date; only a manager can overbook, with a reason.</source>
        <translation>{type} 在 {nights} 已满。请推荐其他房型或日期；只有经理可以填写原因后超额预订。</translation>
    </message>
    <message>
        <source>That reservation no longer exists.</source>
        <translation>该预订已不存在。</translation>
    </message>
    <message>
        <source>{user} changed reservation {confirmation} at {time}, after you opened it. Its current details are shown now; make your change again.</source>
        <translation>在您打开预订 {confirmation} 之后，{user} 于 {time} 修改了它。现在显示的是最新内容，请重新进行修改。</translation>
    </message>
    <message>
        <source>Reservation {confirmation} is {state}; it can no longer be changed.</source>
        <translation>预订 {confirmation} 的状态为{state}，已不能修改。</translation>
    </message>
    <message>
        <source>the reason for cancelling</source>
        <translation>取消原因</translation>
    </message>
    <message>
        <source>Room night</source>
        <translation>房费</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>未到房费</translation>
    </message>
    <message>
        <source>Minibar</source>
        <translation>迷你吧</translation>
    </message>
    <message>
        <source>Laundry</source>
        <translation>洗衣</translation>
    </message>
    <message>
        <source>Food and drink</source>
        <translation>餐饮</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>电话费</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>调整</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <source>Bank card</source>
        <translation>银行卡</translation>
    </message>
    <message>
        <source>Mobile payment</source>
        <translation>移动支付</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>银行转账</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>消费</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>收款</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>押金</translation>
    </message>
    <message>
        <source>Deposit applied</source>
        <translation>押金转结</translation>
    </message>
    <message>
        <source>Deposit refunded</source>
        <translation>押金退还</translation>
    </message>
    <message>
        <source>That stay no longer exists.</source>
        <translation>该住店记录已不存在。</translation>
    </message>
    <message>
        <source>This guest has checked out; the folio is closed.</source>
        <translation>该客人已结账离店，账单已关闭。</translation>
    </message>
    <message>
        <source>A {what} of {amount} is above the clerk's limit of {limit}; ask a manager.</source>
        <translation>{amount} 的{what}超出前台权限 {limit}，请找经理处理。</translation>
    </message>
    <message>
        <source>the description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>The amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>correction</source>
        <translation>调整</translation>
    </message>
    <message>
        <source>discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <source>Room nights and no-shows are posted by the day close.</source>
        <translation>房费和未到房费由夜审（日结）自动入账。</translation>
    </message>
    <message>
        <source>The refund</source>
        <translation>退款金额</translation>
    </message>
    <message>
        <source>the reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>The guest has {credit} in credit; a refund cannot be larger. Deposits are refunded at check-out.</source>
        <translation>客人余额仅多付 {credit}，退款不能超过此数。押金在结账时退还。</translation>
    </message>
    <message>
        <source>That folio line no longer exists.</source>
        <translation>该账目已不存在。</translation>
    </message>
    <message>
        <source>This line is itself a reversal; post the entry again instead.</source>
        <translation>这一笔本身就是冲账；请重新入账。</translation>
    </message>
    <message>
        <source>This line has been reversed already.</source>
        <translation>这一笔已经冲过账了。</translation>
    </message>
    <message>
        <source>This deposit was applied or refunded; reverse that first.</source>
        <translation>这笔押金已转结或退还，请先冲销那一笔。</translation>
    </message>
    <message>
        <source>reversal</source>
        <translation>冲账</translation>
    </message>
    <message>
        <source>Reservation {confirmation} is guaranteed; it is held all night.</source>
        <translation>预订 {confirmation} 为担保预订，整晚保留。</translation>
    </message>
    <message>
        <source>The hold of {confirmation} was extended once already; a reservation gets one extension.</source>
        <translation>预订 {confirmation} 的保留时间已延长过一次；每个预订只能延长一次。</translation>
    </message>
    <message>
        <source>A hold can be extended to {latest} at the latest.</source>
        <translation>保留时间最晚只能延长到 {latest}。</translation>
    </message>
    <message>
        <source>The new hold time must be later than {time}.</source>
        <translation>新的保留时间必须晚于 {time}。</translation>
    </message>
    <message>
        <source>The hold of {confirmation} has passed; the room was released. Book again if a room is free.</source>
        <translation>预订 {confirmation} 已过保留时间，房间已释放。如仍有空房，请重新预订。</translation>
    </message>
    <message>
        <source>Room {rooms} is dirty; mark it clean before inspecting it.</source>
        <translation>{rooms} 房是脏房，请先标为干净再检查。</translation>
    </message>
    <message>
        <source>Rooms {rooms} are dirty; mark them clean before inspecting them.</source>
        <translation>{rooms} 房是脏房，请先标为干净再检查。</translation>
    </message>
    <message>
        <source>The period cannot start before the business date {date}.</source>
        <translation>开始日期不能早于营业日期 {date}。</translation>
    </message>
    <message>
        <source>The return date must be after the start date.</source>
        <translation>恢复日期必须晚于开始日期。</translation>
    </message>
    <message>
        <source>A period can last at most {days} days; enter a nearer return date.</source>
        <translation>停用期最长 {days} 天，请输入更近的恢复日期。</translation>
    </message>
    <message>
        <source>Room {rooms} is occupied in that period; move or check out the guest first.</source>
        <translation>{rooms} 房在此期间有客人入住，请先换房或办理退房。</translation>
    </message>
    <message>
        <source>Rooms {rooms} are occupied in that period; move or check out the guests first.</source>
        <translation>{rooms} 房在此期间有客人入住，请先换房或办理退房。</translation>
    </message>
    <message>
        <source>Room {room} is assigned to reservation {confirmation} arriving {date}; assign that reservation another room first.</source>
        <translation>{room} 房已分配给 {date} 到店的预订 {confirmation}，请先为该预订另排房间。</translation>
    </message>
    <message>
        <source>Room {rooms} is already out of order or out of service in that period.</source>
        <translation>{rooms} 房在此期间已是维修房或停用房。</translation>
    </message>
    <message>
        <source>Rooms {rooms} are already out of order or out of service in that period.</source>
        <translation>{rooms} 房在此期间已是维修房或停用房。</translation>
    </message>
    <message>
        <source>Room {rooms} is not out of order or out of service.</source>
        <translation>{rooms} 房不是维修房或停用房。</translation>
    </message>
    <message>
        <source>Rooms {rooms} are not out of order or out of service.</source>
        <translation>{rooms} 房不是维修房或停用房。</translation>
    </message>
    <message>
        <source>This database has no hotel yet; run 'desk init' or 'desk demo'.</source>
        <translation>此数据库中还没有酒店，请运行 'desk init' 或 'desk demo'。</translation>
    </message>
    <message>
        <source>Please fill in {field}.</source>
        <translation>请填写{field}。</translation>
    </message>
    <message>
        <source>{field} contains control characters; please retype it.</source>
        <translation>{field}包含控制字符，请重新输入。</translation>
    </message>
    <message>
        <source>{field} is too long: at most {limit} characters.</source>
        <translation>{field}过长：最多 {limit} 个字符。</translation>
    </message>
    <message>
        <source>{value} is not a phone number. Type a mobile such as 138 1234 5678, a landline with its area code, or an international number starting with +.</source>
        <translation>{value} 不是有效的电话号码。请输入手机号（如 138 1234 5678）、带区号的固定电话，或以 + 开头的国际号码。</translation>
    </message>
    <message>
        <source>{field} must be a whole number from {minimum} to {maximum}.</source>
        <translation>{field}必须是 {minimum} 到 {maximum} 之间的整数。</translation>
    </message>
    <message>
        <source>{field} must be an amount such as 388.00.</source>
        <translation>{field}必须是金额，例如 388.00。</translation>
    </message>
    <message>
        <source>{field} has more than two decimals.</source>
        <translation>{field}的小数超过两位。</translation>
    </message>
    <message>
        <source>{field} is too large: at most {limit}.</source>
        <translation>{field}过大：最多 {limit}。</translation>
    </message>
    <message>
        <source>{field} cannot be negative.</source>
        <translation>{field}不能为负数。</translation>
    </message>
    <message>
        <source>{field} must be more than zero.</source>
        <translation>{field}必须大于零。</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>released (hold passed)</source>
        <translation>已释放（超过保留时间）</translation>
    </message>
    <message>
        <source>in house</source>
        <translation>在住</translation>
    </message>
    <message>
        <source>checked out</source>
        <translation>已退房</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>no-show</source>
        <translation>未到</translation>
    </message>
    <message>
        <source>not guaranteed</source>
        <translation>非担保</translation>
    </message>
    <message>
        <source>deposit</source>
        <translation>预付订金</translation>
    </message>
    <message>
        <source>credit card</source>
        <translation>信用卡</translation>
    </message>
    <message>
        <source>company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>walk-in</source>
        <translation>散客上门</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>hotel website</source>
        <translation>酒店官网</translation>
    </message>
    <message>
        <source>travel agent</source>
        <translation>旅行社</translation>
    </message>
    <message>
        <source>online travel agency</source>
        <translation>在线旅行社（OTA）</translation>
    </message>
    <message>
        <source>That guest no longer exists.</source>
        <translation>该客人记录已不存在。</translation>
    </message>
    <message>
        <source>Someone changed this stay after you opened it; its current details are shown now. Make your change again.</source>
        <translation>您打开后有人修改了此住店记录；现在显示的是最新内容。请重新操作。</translation>
    </message>
    <message>
        <source>the reason for the move</source>
        <translation>换房原因</translation>
    </message>
    <message>
        <source>The guest is in that room already.</source>
        <translation>客人已经住在该房间。</translation>
    </message>
    <message>
        <source>That room no longer exists.</source>
        <translation>该房间已不存在。</translation>
    </message>
    <message>
        <source>{type} is fully booked on {nights}; choose a room of another type.</source>
        <translation>{type} 在 {nights} 已订满，请选择其他房型的房间。</translation>
    </message>
    <message>
        <source>The departure cannot be before today ({date}).</source>
        <translation>离店日期不能早于今天（{date}）。</translation>
    </message>
    <message>
        <source>Room {room} is free, but its type is fully booked on {nights}; a manager can overbook, or move the guest.</source>
        <translation>{room} 房空着，但该房型在 {nights} 已订满；可由经理超订，或为客人换房。</translation>
    </message>
    <message>
        <source>Room {room} is of another type; confirm the change of room type to assign it.</source>
        <translation>{room} 房属于其他房型；请确认更改房型后再分配。</translation>
    </message>
    <message>
        <source>Room {room} is occupied until {date}; choose another room.</source>
        <translation>{room} 房在 {date} 之前有人住，请选择其他房间。</translation>
    </message>
    <message>
        <source>Room {room} is assigned to reservation {confirmation} from {arrival} to {departure}; choose another room.</source>
        <translation>{room} 房已分配给预订 {confirmation}（{arrival} 至 {departure}），请选择其他房间。</translation>
    </message>
    <message>
        <source>Room {room} is out of order from {start} to {end} ({reason}); choose another room.</source>
        <translation>{room} 房在 {start} 至 {end} 为维修房（{reason}），请选择其他房间。</translation>
    </message>
    <message>
        <source>Reservation {confirmation} is not expected any more; only confirmed reservations get rooms.</source>
        <translation>预订 {confirmation} 已不再预期抵店；只有已确认的预订才能分配房间。</translation>
    </message>
    <message>
        <source>Room {room}'s type is fully booked on {nights}; choose a room of the reserved type.</source>
        <translation>{room} 房的房型在 {nights} 已订满，请选择所订房型的房间。</translation>
    </message>
    <message>
        <source>This database is on a PostgreSQL server: back it up there with pg_dump (see the README).</source>
        <translation>此数据库在 PostgreSQL 服务器上：请在服务器上用 pg_dump 备份（见 README）。</translation>
    </message>
    <message>
        <source>Keep backups for at least one day.</source>
        <translation>备份至少保留一天。</translation>
    </message>
    <message>
        <source>{file} cannot be read: {reason}</source>
        <translation>无法读取 {file}：{reason}</translation>
    </message>
    <message>
        <source>{file} is not a Desk backup (not a SQLite database).</source>
        <translation>{file} 不是 Desk 备份（不是 SQLite 数据库）。</translation>
    </message>
    <message>
        <source>{file} is damaged or not a Desk backup.</source>
        <translation>{file} 已损坏或不是 Desk 备份。</translation>
    </message>
    <message>
        <source>{file} is damaged ({problem}); choose an older backup.</source>
        <translation>{file} 已损坏（{problem}），请选择更早的备份。</translation>
    </message>
    <message>
        <source>{file} holds no hotel; it is not a Desk backup.</source>
        <translation>{file} 中没有酒店数据，不是 Desk 备份。</translation>
    </message>
    <message>
        <source>{file} was written by a newer Desk (schema {revision}); update Desk before restoring it.</source>
        <translation>{file} 由更新版本的 Desk 写入（结构版本 {revision}）；请先升级 Desk 再恢复。</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Complimentary</source>
        <translation>免费房</translation>
    </message>
    <message>
        <source>House use</source>
        <translation>自用房</translation>
    </message>
    <message>
        <source>Day use</source>
        <translation>日用房</translation>
    </message>
    <message>
        <source>Room {room} is out of order ({reason}). Ready rooms of this type: {ready}.</source>
        <translation>{room} 房为维修房（{reason}）。该房型可入住的房间：{ready}。</translation>
    </message>
    <message>
        <source>Room {room} is occupied. Ready rooms of this type: {ready}.</source>
        <translation>{room} 房有人入住。该房型可入住的房间：{ready}。</translation>
    </message>
    <message>
        <source>Room {room} is dirty; have it cleaned or choose another room. Ready rooms of this type: {ready}.</source>
        <translation>{room} 房是脏房，请安排清扫或另选房间。该房型可入住的房间：{ready}。</translation>
    </message>
    <message>
        <source>Room {room} is clean but not inspected yet, and this hotel gives guests inspected rooms only. Ready rooms of this type: {ready}.</source>
        <translation>{room} 房已清扫但尚未查房，本酒店只安排已查房的房间入住。该房型可入住的房间：{ready}。</translation>
    </message>
    <message>
        <source>Room {room} is not free for this stay: {problem} Ready rooms of this type: {ready}.</source>
        <translation>{room} 房在此住店期间不空闲：{problem} 该房型可入住的房间：{ready}。</translation>
    </message>
    <message>
        <source>This reservation is no longer expected (cancelled, no-show or already checked in).</source>
        <translation>该预订已不在预抵之列（已取消、未到或已入住）。</translation>
    </message>
    <message>
        <source>Reservation {confirmation} arrives on {date}; change its arrival date first to check in today.</source>
        <translation>预订 {confirmation} 的抵店日期是 {date}；要今天入住，请先修改抵店日期。</translation>
    </message>
    <message>
        <source>Reservation {confirmation} ended on {date}; extend it or check in as a walk-in.</source>
        <translation>预订 {confirmation} 已于 {date} 结束；请延住或按散客入住。</translation>
    </message>
    <message>
        <source>Choose a room.</source>
        <translation>请选择房间。</translation>
    </message>
    <message>
        <source>Give the departure date.</source>
        <translation>请填写离店日期。</translation>
    </message>
    <message>
        <source>The departure must be after today, or choose day use.</source>
        <translation>离店日期必须晚于今天，或选择日用房。</translation>
    </message>
    <message>
        <source>A stay can be at most {nights} nights.</source>
        <translation>一次住店最多 {nights} 晚。</translation>
    </message>
    <message>
        <source>{type} is fully booked on {nights}; this room is promised to reservations. Choose a room of another type.</source>
        <translation>{type} 在 {nights} 已订满，该房间已留给预订客人。请选择其他房型的房间。</translation>
    </message>
    <message>
        <source>The rate</source>
        <translation>房价</translation>
    </message>
    <message>
        <source>Take a deposit: every room needs one unless the stay is complimentary or house use.</source>
        <translation>请收押金：除免费房和自用房外，每间房都要收押金。</translation>
    </message>
    <message>
        <source>The deposit</source>
        <translation>押金</translation>
    </message>
    <message>
        <source>the reference</source>
        <translation>凭证号</translation>
    </message>
    <message>
        <source>The payment</source>
        <translation>收款金额</translation>
    </message>
    <message>
        <source>{amount} is still owed (charges less payments and the deposit). Take a payment of {amount} to check out.</source>
        <translation>尚欠 {amount}（消费减去已付款和押金）。请收款 {amount} 后结账。</translation>
    </message>
    <message>
        <source>The guest paid {amount} more than the bill. Refund {amount} (or reverse the extra payment) to check out.</source>
        <translation>客人多付了 {amount}。请退款 {amount}（或冲销多收的款项）后再结账。</translation>
    </message>
</context>
</TS>